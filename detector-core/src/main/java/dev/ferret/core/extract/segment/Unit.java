package dev.ferret.core.extract.segment;

import dev.ferret.core.location.Location;

import java.util.List;

/** One located piece of a structured document's text: a cell, a JSON value, a PDF page. */
public interface Unit {

    /** The location of a span starting {@code offsetInUnit} chars into this unit. */
    Location locate(long offsetInUnit);

    /** Names that count as keyword context inside this unit (column name, JSON path element names). */
    default List<String> contextNames() {
        return List.of();
    }

    /**
     * Whether keywords must lie inside this unit to count (cells, values), rather than anywhere in the segment
     * (pages of prose).
     */
    default boolean bounded() {
        return true;
    }
}
