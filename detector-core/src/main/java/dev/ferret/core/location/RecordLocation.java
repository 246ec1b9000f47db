package dev.ferret.core.location;

/**
 * Macie's {@code Record}: {@code recordIndex} is 0-based (the line for JSON Lines, always 0 for JSON) and
 * {@code jsonPath} is the path of the value, e.g. {@code $.customers[2].ssn}.
 */
public record RecordLocation(long recordIndex, String jsonPath) implements Location {
}
