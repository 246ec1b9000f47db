package dev.ferret.core.extract.segment;

import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.extract.TextSink;

/**
 * Cuts a stream of text into bounded, overlapping {@link TextSegment}s. Each segment owns at most {@code segmentChars}
 * chars and carries up to {@code overlapChars} of its neighbours' text before and after, so that a match or keyword
 * crossing a cut is still seen whole. Memory stays at about {@code segmentChars + 2 * overlapChars} chars whatever the
 * length of the text.
 */
public final class SegmentWriter {

    private final int segmentChars;
    private final int overlapChars;
    private final TextSink sink;
    private final PositionModel positions;
    private final StringBuilder buffer = new StringBuilder();
    /** Absolute offset of {@code buffer.charAt(0)}. */
    private long bufferStart;
    /** Absolute offset where the next segment's owned range begins. */
    private long ownedStart;
    private long segments;

    public SegmentWriter(int segmentChars, int overlapChars, TextSink sink, PositionModel positions) {
        if (segmentChars <= 0 || overlapChars < 0) {
            throw new IllegalArgumentException("segmentChars must be positive and overlapChars not negative");
        }
        this.segmentChars = segmentChars;
        this.overlapChars = overlapChars;
        this.sink = sink;
        this.positions = positions;
    }

    /** Absolute offset of the next char to be appended. */
    public long position() {
        return bufferStart + buffer.length();
    }

    /** Number of segments handed to the sink so far. */
    public long segments() {
        return segments;
    }

    public void append(char c) {
        buffer.append(c);
        emitFull();
    }

    public void append(CharSequence text) {
        append(text, 0, text.length());
    }

    public void append(CharSequence text, int from, int to) {
        for (int at = from; at < to; ) {
            int n = Math.min(room(), to - at);
            buffer.append(text, at, at + n);
            at += n;
            emitFull();
        }
    }

    public void append(char[] chars, int from, int length) {
        for (int at = from, to = from + length; at < to; ) {
            int n = Math.min(room(), to - at);
            buffer.append(chars, at, n);
            at += n;
            emitFull();
        }
    }

    /** Chars that fit before the next segment is due: the buffer never grows past one full window. */
    private int room() {
        return (int) Math.max(1, ownedStart + segmentChars + overlapChars - position());
    }

    /** Hands the remaining text to the sink. */
    public void finish() {
        long end = position();
        while (end - ownedStart > segmentChars) {
            emit(ownedStart + segmentChars);
        }
        if (end > ownedStart) {
            emit(end);
        }
    }

    private void emitFull() {
        while (position() >= ownedStart + segmentChars + overlapChars) {
            emit(ownedStart + segmentChars);
        }
    }

    private void emit(long ownedEnd) {
        long windowEnd = Math.min(position(), ownedEnd + overlapChars);
        String text = buffer.substring(0, (int) (windowEnd - bufferStart));
        int owned0 = (int) (ownedStart - bufferStart);
        int owned1 = (int) (ownedEnd - bufferStart);
        sink.accept(new TextSegment(text, owned0, owned1, positions.locator(bufferStart, text)));
        segments++;
        ownedStart = ownedEnd;
        long keepFrom = Math.max(bufferStart, ownedStart - overlapChars);
        int drop = (int) (keepFrom - bufferStart);
        if (drop > 0) {
            positions.discard(bufferStart, buffer.subSequence(0, drop));
            buffer.delete(0, drop);
            bufferStart = keepFrom;
        }
    }
}
