package dev.ferret.core.location;

/**
 * Macie's {@code Cell}: 1-based {@code row} (the header row counts as row 1) and {@code column} (1 = A);
 * {@code columnName} is the header if there is one; {@code cellReference} (e.g. {@code Sheet2!C5}) is for workbooks only.
 */
public record CellLocation(long row, long column, String columnName, String cellReference) implements Location {
}
