package dev.ferret.core.confirm;

import java.util.Arrays;
import java.util.BitSet;

/** Growable parallel arrays of hits; reused across segments to keep the hot path free of allocation. */
final class Hits {
    int[] id = new int[64];
    int[] start = new int[64];
    int[] end = new int[64];
    int size;
    private long[] keys = new long[64];
    private int[] scratch = new int[64];

    void clear() {
        size = 0;
    }

    /** Drops the hits whose pattern id is in {@code ids}, keeping the order of the rest. */
    void removeIf(BitSet ids) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!ids.get(id[i])) {
                id[kept] = id[i];
                start[kept] = start[i];
                end[kept] = end[i];
                kept++;
            }
        }
        size = kept;
    }

    void add(int patternId, int s, int e) {
        if (size == id.length) {
            id = Arrays.copyOf(id, size * 2);
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        id[size] = patternId;
        start[size] = s;
        end[size] = e;
        size++;
    }

    /**
     * Sorts by start, then pattern id, so output order never depends on the engine's hit order. Primitive keys
     * (start, then arrival index) keep the per-segment sort free of boxing; the rare runs of equal starts are
     * then put in id order.
     */
    void sortByStartThenId() {
        if (keys.length < size) {
            keys = new long[id.length];
            scratch = new int[id.length];
        }
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) start[i] << 32) | i;
        }
        Arrays.sort(keys, 0, size);
        permute(id);
        permute(start);
        permute(end);
        for (int i = 1; i < size; i++) {
            for (int k = i; k > 0 && start[k] == start[k - 1] && id[k] < id[k - 1]; k--) {
                swap(k, k - 1);
            }
        }
    }

    private void permute(int[] values) {
        for (int i = 0; i < size; i++) {
            scratch[i] = values[(int) keys[i]];
        }
        System.arraycopy(scratch, 0, values, 0, size);
    }

    private void swap(int a, int b) {
        int t = id[a];
        id[a] = id[b];
        id[b] = t;
        t = end[a];
        end[a] = end[b];
        end[b] = t; // starts are equal
    }

    int firstStartAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
