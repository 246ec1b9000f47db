package dev.ferret.core.result;

import dev.ferret.core.location.Location;
import dev.ferret.identifiers.IdentifierDefinition;

import java.util.List;

/**
 * All detections of one identifier in one document: the full count and the first locations (up to the scanner's
 * per-type cap). Holds no values.
 */
public record DetectionSummary(IdentifierDefinition identifier, long count, List<Location> locations) {

    public DetectionSummary {
        locations = List.copyOf(locations);
    }
}
