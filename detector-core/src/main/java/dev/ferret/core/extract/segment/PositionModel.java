package dev.ferret.core.extract.segment;

import dev.ferret.core.extract.SegmentLocator;

/**
 * Knows where each character of a document's extracted text came from, for the window of text the
 * {@link SegmentWriter} still holds. Offsets are absolute: counted in chars from the start of the document's text.
 */
public interface PositionModel {

    /** A locator for a segment whose text is {@code text} and starts at absolute offset {@code windowStart}. */
    SegmentLocator locator(long windowStart, String text);

    /** The text {@code discarded}, which started at absolute offset {@code start}, will never be in a segment again. */
    void discard(long start, CharSequence discarded);
}
