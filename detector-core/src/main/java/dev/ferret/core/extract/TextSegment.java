package dev.ferret.core.extract;

/**
 * A bounded piece of a document's text, handed from an extractor to the matcher.
 *
 * <p>Long documents are cut into segments that overlap, so that a match or keyword crossing a cut is still seen whole:
 * a segment <em>owns</em> the offsets {@code [ownedStart, ownedEnd)}, and only candidates starting there are reported
 * from it. The text before {@code ownedStart} and after {@code ownedEnd} is context shared with the neighbours.
 */
public record TextSegment(String text, int ownedStart, int ownedEnd, SegmentLocator locator) {

    public TextSegment {
        if (ownedStart < 0 || ownedEnd < ownedStart || ownedEnd > text.length()) {
            throw new IllegalArgumentException("owned range [" + ownedStart + ", " + ownedEnd + ") outside text of length " + text.length());
        }
    }

    /** A segment that owns all of its text. */
    public static TextSegment whole(String text, SegmentLocator locator) {
        return new TextSegment(text, 0, text.length(), locator);
    }

    public boolean owns(int offset) {
        return offset >= ownedStart && offset < ownedEnd;
    }
}
