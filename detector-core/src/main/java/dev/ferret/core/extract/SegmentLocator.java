package dev.ferret.core.extract;

import dev.ferret.core.location.Location;

import java.util.List;

/**
 * Maps character offsets in a {@link TextSegment}'s text back to the document: to Macie locations, to the unit
 * (cell, JSON value, or the whole segment for prose) that holds them, and to the names that count as keyword context there.
 */
public interface SegmentLocator {

    /** The Macie location of the span {@code [start, end)} of the segment text. */
    Location locate(int start, int end);

    /** Start of the unit (cell, JSON value; the whole segment for unstructured text) holding {@code offset}. */
    default int unitStart(int offset) {
        return 0;
    }

    /** End (exclusive) of the unit holding {@code offset}; {@link Integer#MAX_VALUE} means the segment end. */
    default int unitEnd(int offset) {
        return Integer.MAX_VALUE;
    }

    /** Names that count as keyword context at {@code offset}: the column name, the JSON path elements. */
    default List<String> contextNames(int offset) {
        return List.of();
    }

    /** Every name that counts as keyword context somewhere in the segment (each unit's {@link #contextNames}). */
    default List<String> allContextNames() {
        return List.of();
    }
}
