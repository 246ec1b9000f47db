package dev.ferret.core.location;

/** Macie's {@code Page}: the 1-based page number of a PDF (Macie reserves its line and offset ranges). */
public record PageLocation(long pageNumber) implements Location {
}
