package dev.ferret.core.extract.json;

import dev.ferret.core.extract.segment.Unit;
import dev.ferret.core.location.Location;
import dev.ferret.core.location.RecordLocation;

import java.util.List;

/** A scalar JSON value: located by record and path; the names on its path count as keyword context. */
record JsonValue(long recordIndex, String jsonPath, List<String> names) implements Unit {

    @Override
    public Location locate(long offsetInUnit) {
        return new RecordLocation(recordIndex, jsonPath);
    }

    @Override
    public List<String> contextNames() {
        return names;
    }
}
