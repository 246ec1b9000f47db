package dev.ferret.core.extract.segment;

import dev.ferret.core.extract.SegmentLocator;
import dev.ferret.core.location.Location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Positions for structured text made of units (cells, JSON values, pages). The extractor calls {@link #begin} just
 * before appending a unit's text and {@link #end} just after; text between units (separators) belongs to none.
 * Only the units that reach into the retained window are kept.
 */
public final class UnitPositions implements PositionModel {

    private final SegmentWriter writer;
    private long[] starts = new long[64];
    private long[] ends = new long[64];
    private Unit[] units = new Unit[64];
    private int first;
    private int count;

    /** Creates the writer and its unit positions together, since each needs the other. */
    public UnitPositions(int segmentChars, int overlapChars, dev.ferret.core.extract.TextSink sink) {
        this.writer = new SegmentWriter(segmentChars, overlapChars, sink, this);
    }

    public SegmentWriter writer() {
        return writer;
    }

    /** A unit starts at the writer's current position. */
    public void begin(Unit unit) {
        if (first + count == units.length) {
            compactOrGrow();
        }
        int i = first + count++;
        starts[i] = writer.position();
        ends[i] = Long.MAX_VALUE;
        units[i] = unit;
    }

    /** The last begun unit ends at the writer's current position. */
    public void end() {
        if (count > 0) {
            ends[first + count - 1] = writer.position();
        }
    }

    /** Appends {@code text} as one whole unit. */
    public void unit(Unit unit, CharSequence text) {
        begin(unit);
        writer.append(text);
        end();
    }

    @Override
    public SegmentLocator locator(long windowStart, String text) {
        long windowEnd = windowStart + text.length();
        int from = first;
        int to = first + count;
        while (to > from && starts[to - 1] >= windowEnd) {
            to--;
        }
        return new Locator(windowStart, text.length(),
                Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to), Arrays.copyOfRange(units, from, to));
    }

    @Override
    public void discard(long start, CharSequence discarded) {
        long keptFrom = start + discarded.length();
        // keep the last unit starting before the kept text: it may still reach into it
        while (count > 1 && starts[first + 1] <= keptFrom) {
            units[first] = null;
            first++;
            count--;
        }
        if (count == 1 && ends[first] <= keptFrom) {
            units[first] = null;
            first++;
            count--;
        }
    }

    private void compactOrGrow() {
        if (first > 0) {
            System.arraycopy(starts, first, starts, 0, count);
            System.arraycopy(ends, first, ends, 0, count);
            System.arraycopy(units, first, units, 0, count);
            Arrays.fill(units, count, units.length, null);
            first = 0;
        }
        if (count == units.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            units = Arrays.copyOf(units, count * 2);
        }
    }

    private static final class Locator implements SegmentLocator {
        private final long windowStart;
        private final int textLength;
        private final long[] starts;
        private final long[] ends;
        private final Unit[] units;

        Locator(long windowStart, int textLength, long[] starts, long[] ends, Unit[] units) {
            this.windowStart = windowStart;
            this.textLength = textLength;
            this.starts = starts;
            this.ends = ends;
            this.units = units;
        }

        @Override
        public Location locate(int start, int end) {
            int u = unitAt(start);
            if (u < 0) {
                throw new IllegalArgumentException("offset " + start + " lies in no unit");
            }
            return units[u].locate(windowStart + start - starts[u]);
        }

        @Override
        public int unitStart(int offset) {
            int u = unitAt(offset);
            if (u < 0 || !units[u].bounded()) {
                return 0;
            }
            return (int) Math.max(0, starts[u] - windowStart);
        }

        @Override
        public int unitEnd(int offset) {
            int u = unitAt(offset);
            if (u < 0 || !units[u].bounded() || ends[u] == Long.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            long end = ends[u] - windowStart;
            return end >= textLength ? Integer.MAX_VALUE : (int) end;
        }

        @Override
        public List<String> contextNames(int offset) {
            int u = unitAt(offset);
            return u < 0 ? List.of() : units[u].contextNames();
        }

        @Override
        public List<String> allContextNames() {
            Set<String> names = new LinkedHashSet<>();
            for (Unit unit : units) {
                names.addAll(unit.contextNames());
            }
            return new ArrayList<>(names);
        }

        /** The last unit starting at or before {@code offset}, or -1. */
        private int unitAt(int offset) {
            long abs = windowStart + offset;
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= abs) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }
    }
}
