package dev.ferret.core.extract.csv;

import dev.ferret.core.extract.segment.Unit;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.Location;

import java.util.List;

/** A data cell of a CSV/TSV file: its location is the cell; its column name counts as keyword context. */
record CsvCell(long row, int column, String columnName) implements Unit {

    @Override
    public Location locate(long offsetInUnit) {
        return new CellLocation(row, column, columnName, null);
    }

    @Override
    public List<String> contextNames() {
        return columnName == null || columnName.isEmpty() ? List.of() : List.of(columnName);
    }
}
