package dev.ferret.core.extract.segment;

import dev.ferret.core.extract.SegmentLocator;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;

import java.util.Arrays;

/**
 * Line and column positions for prose: {@link LineRange} with 1-based lines (LF, CRLF and CR all end a line) and a
 * 1-based start column counted in Unicode code points. Only the position at the start of the retained window is kept;
 * each segment's locator indexes its own line breaks on first use.
 */
public final class LinePositions implements PositionModel {

    private final LineCursor atWindowStart = new LineCursor();

    @Override
    public SegmentLocator locator(long windowStart, String text) {
        return new Locator(text, atWindowStart.copy());
    }

    @Override
    public void discard(long start, CharSequence discarded) {
        atWindowStart.advance(discarded, 0, discarded.length());
    }

    /** Line, column and "a CR was just seen" state at some point of the text. */
    static final class LineCursor {
        long line = 1;
        long column; // code points before this point on the line
        boolean afterCr;

        LineCursor copy() {
            LineCursor c = new LineCursor();
            c.line = line;
            c.column = column;
            c.afterCr = afterCr;
            return c;
        }

        void advance(CharSequence text, int from, int to) {
            for (int i = from; i < to; i++) {
                char ch = text.charAt(i);
                if (ch == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    column = 0;
                    afterCr = false;
                } else if (ch == '\r') {
                    line++;
                    column = 0;
                    afterCr = true;
                } else {
                    if (!Character.isLowSurrogate(ch)) {
                        column++;
                    }
                    afterCr = false;
                }
            }
        }
    }

    private static final class Locator implements SegmentLocator {
        private final String text;
        private final LineCursor start;
        /** {@code lineStarts[i]}: offset in {@code text} where line {@code start.line + i + 1} begins. */
        private int[] lineStarts;
        private int lineCount;
        /** Where the first line's uncounted text starts: 1 when the window begins inside a CRLF or a surrogate pair. */
        private int firstLineTextStart;

        Locator(String text, LineCursor start) {
            this.text = text;
            this.start = start;
        }

        @Override
        public Location locate(int from, int to) {
            index();
            int first = linesStartedAtOrBefore(from);
            int last = linesStartedAtOrBefore(Math.max(from, to - 1));
            long column;
            if (first == 0) {
                column = start.column + text.codePointCount(Math.min(firstLineTextStart, from), from) + 1;
            } else {
                column = text.codePointCount(lineStarts[first - 1], from) + 1;
            }
            return new LineRange(start.line + first, start.line + last, column);
        }

        /** How many of this segment's line starts are at or before {@code offset}. */
        private int linesStartedAtOrBefore(int offset) {
            int lo = 0;
            int hi = lineCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private void index() {
            if (lineStarts != null) {
                return;
            }
            lineStarts = new int[16];
            if (!text.isEmpty() && Character.isLowSurrogate(text.charAt(0))) {
                firstLineTextStart = 1; // the window cut a surrogate pair, already counted with its high half
            }
            boolean afterCr = start.afterCr;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' && afterCr) {
                    // CRLF: the CR began the line; its text begins after the LF
                    if (lineCount > 0) {
                        lineStarts[lineCount - 1] = i + 1;
                    } else {
                        firstLineTextStart = i + 1;
                    }
                } else if (ch == '\n' || ch == '\r') {
                    if (lineCount == lineStarts.length) {
                        lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
                    }
                    lineStarts[lineCount++] = i + 1;
                }
                afterCr = ch == '\r';
            }
        }
    }
}
