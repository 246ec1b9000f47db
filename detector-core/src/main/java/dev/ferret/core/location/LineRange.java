package dev.ferret.core.location;

/**
 * Macie's {@code Range}: {@code start} and {@code end} are 1-based line numbers (inclusive) and {@code startColumn} is
 * the 1-based character column of the first character on line {@code start}.
 */
public record LineRange(long start, long end, long startColumn) implements Location {
}
