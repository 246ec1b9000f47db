package dev.ferret.core.match;

import java.util.Arrays;

/**
 * Turns Hyperscan's report stream into the {@link PatternScanner} contract. With {@code SOM_LEFTMOST} Hyperscan reports,
 * for every offset where a pattern's match ends, the leftmost start of a match ending there. Per pattern this keeps the
 * leftmost-longest non-overlapping matches: sort by start, keep the longest end per start, skip reports that overlap
 * the previously kept match.
 *
 * <p>One case needs help. A report {@code (s, e)} that starts before the kept match ends but ends after it may hide a
 * match that starts at or after the kept end and also ends at {@code e}: Hyperscan names only the leftmost start per
 * end. While any report seen so far ends beyond the kept end, the exact engine ({@link NextMatch}, RE2/J) looks for
 * a match that starts before the next visible report, in the text up to the furthest such end; once the kept end
 * passes every such report, the reports are complete again.
 * Patterns compiled without start offsets (gates) report ends only; the exact engine finds their spans near them.
 * A presence check reports once, and is passed on as one empty hit at that end.
 * Reusable, not thread-safe.
 */
final class LeftmostLongest {

    /** The exact engine's next match of one pattern from a char offset. */
    interface NextMatch {
        /**
         * The leftmost-longest match of pattern {@code index} starting at or after {@code from}, as
         * {@code start << 32 | end}, or {@code -1} if there is none. Only matches that end before {@code limit} are
         * wanted: the text may be cut there, as long as a match that reaches the cut is checked on the whole text.
         */
        long find(int index, int from, int limit);
    }

    private int[] groupStart = new int[0];
    private long[] keys = new long[64];

    /**
     * @param index    per hit: the pattern's index in {@code [0, patterns)}
     * @param start    per hit: char start
     * @param end      per hit: char end
     * @param count    number of hits
     * @param ids      caller's pattern id per index
     * @param gateWidths per index: {@link HyperscanPatterns#NOT_A_GATE}, {@link HyperscanPatterns#PRESENCE}, or the
     *                   reports carry ends only (no start
     *                   offsets) and this is the pattern's maximum width
     */
    void emit(int[] index, int[] start, int[] end, int count, int[] ids, int[] gateWidths, NextMatch exact,
              HitSink sink) {
        int patterns = ids.length;
        if (groupStart.length < patterns + 1) {
            groupStart = new int[patterns + 1];
        } else {
            Arrays.fill(groupStart, 0, patterns + 1, 0);
        }
        if (keys.length < count) {
            keys = new long[Math.max(count, keys.length * 2)];
        }
        for (int h = 0; h < count; h++) {
            groupStart[index[h] + 1]++;
        }
        for (int p = 0; p < patterns; p++) {
            groupStart[p + 1] += groupStart[p];
        }
        for (int h = 0; h < count; h++) {
            // counting sort by pattern; groupStart[p] ends up at the group's end, hence the second pass below
            int p = index[h];
            keys[groupStart[p]++] = gateWidths[p] == HyperscanPatterns.NOT_A_GATE ? key(start[h], end[h]) : key(end[h], end[h]);
        }
        int from = 0;
        for (int p = 0; p < patterns; p++) {
            int to = groupStart[p];
            if (to > from) {
                Arrays.sort(keys, from, to);
                if (gateWidths[p] == HyperscanPatterns.NOT_A_GATE) {
                    emitPattern(p, ids[p], from, to, exact, sink);
                } else if (gateWidths[p] == HyperscanPatterns.PRESENCE) {
                    int e = end(keys[from]);
                    sink.hit(ids[p], e, e);
                } else {
                    emitGated(p, ids[p], gateWidths[p], from, to, exact, sink);
                }
            }
            from = to;
        }
    }

    /** Orders by start ascending, then end descending. */
    private static long key(int start, int end) {
        return (long) start << 32 | (0xFFFF_FFFFL - end);
    }

    private void emitPattern(int p, int id, int from, int to, NextMatch exact, HitSink sink) {
        int keptEnd = 0;
        int reach = 0; // the furthest end of any report taken so far
        int k = from;
        while (true) {
            while (k < to && (int) (keys[k] >>> 32) < keptEnd) {
                reach = Math.max(reach, end(keys[k]));
                k++;
            }
            int visibleStart = k < to ? (int) (keys[k] >>> 32) : Integer.MAX_VALUE;
            if (reach > keptEnd) {
                // a hidden match ends at or before reach, so the text beyond it need not be searched
                long hidden = exact.find(p, keptEnd, reach + 1);
                if (hidden >= 0 && (int) (hidden >>> 32) < visibleStart) {
                    keptEnd = (int) hidden;
                    sink.hit(id, (int) (hidden >>> 32), keptEnd);
                    continue;
                }
            }
            if (k == to) {
                return;
            }
            int e = end(keys[k]);
            k++;
            if (e > visibleStart) {
                sink.hit(id, visibleStart, e);
                keptEnd = e;
                reach = Math.max(reach, e);
            }
        }
    }

    /**
     * Reports that carry only ends: the next match after the kept end ends at or after the first reported end
     * beyond it, so it starts at most {@code width} before that end; the exact engine searches from there.
     */
    private void emitGated(int p, int id, int width, int from, int to, NextMatch exact, HitSink sink) {
        int keptEnd = 0;
        for (int k = from; k < to; k++) {
            int e = end(keys[k]);
            if (e <= keptEnd) {
                continue;
            }
            long next = exact.find(p, Math.max(keptEnd, e - width), Integer.MAX_VALUE);
            if (next < 0) {
                return;
            }
            keptEnd = (int) next;
            sink.hit(id, (int) (next >>> 32), keptEnd);
        }
    }

    private static int end(long key) {
        return (int) (0xFFFF_FFFFL - (key & 0xFFFF_FFFFL));
    }
}
