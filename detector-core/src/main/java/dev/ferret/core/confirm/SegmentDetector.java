package dev.ferret.core.confirm;

import dev.ferret.core.extract.SegmentLocator;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.match.HitSink;
import dev.ferret.core.match.PatternScanner;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds candidates and keywords in a segment with one pass of the matcher, then confirms each candidate: keyword
 * proximity (in the text, the column name or the JSON path), ignore words, the identifier's validator, then the
 * allow lists. One per thread; not thread-safe.
 */
public final class SegmentDetector implements AutoCloseable {

    /** Field names repeat on every row; their keyword look-ups are cached, up to this many names. */
    private static final int NAME_CACHE_LIMIT = 4096;

    private final IdentifierSet set;
    private final PatternScanner scanner;
    private final Hits candidates = new Hits();
    private final Hits keywords = new Hits();
    private final Hits confirmed = new Hits();
    private final Map<String, BitSet> identifiersNamedBy = new HashMap<>();

    SegmentDetector(IdentifierSet set, PatternScanner scanner) {
        this.set = set;
        this.scanner = scanner;
    }

    public void detect(TextSegment segment, DetectionSink sink) {
        candidates.clear();
        keywords.clear();
        confirmed.clear();
        scanner.scan(segment.text(), (id, start, end) -> (set.isKeyword(id) ? keywords : candidates).add(id, start, end));
        if (candidates.size == 0) {
            return;
        }
        candidates.sortByStartThenId();
        keywords.sortByStartThenId();
        String text = segment.text();
        for (int c = 0; c < candidates.size; c++) {
            int start = candidates.start[c];
            if (!segment.owns(start)) {
                continue;
            }
            int index = candidates.id[c];
            int end = candidates.end[c];
            IdentifierDefinition def = set.identifier(index);
            boolean keywordNearby = def.usesKeywords() && keywordNearby(index, def, segment, start, end);
            if (def.keywordRule() == KeywordRule.REQUIRED && !keywordNearby
                    || def.keywordRule() == KeywordRule.ABSENT && keywordNearby) {
                continue;
            }
            String value = text.substring(start, end);
            if (containsIgnoreWord(value, def.ignoreWords()) || !set.validator(index).isValid(value, keywordNearby)
                    || allowListed(def, value)) {
                continue;
            }
            confirmed.add(index, start, end);
        }
        emitOutermost(segment, sink);
    }

    /**
     * Emits the confirmed detections except those lying inside a longer one: the account number inside an IBAN, the
     * digit run inside a key block, is part of the larger value, not a second finding. Detections come sorted by start.
     */
    private void emitOutermost(TextSegment segment, DetectionSink sink) {
        int maxEndBefore = -1;
        for (int groupStart = 0; groupStart < confirmed.size; ) {
            int groupEnd = groupStart;
            int maxEndInGroup = -1;
            while (groupEnd < confirmed.size && confirmed.start[groupEnd] == confirmed.start[groupStart]) {
                maxEndInGroup = Math.max(maxEndInGroup, confirmed.end[groupEnd]);
                groupEnd++;
            }
            for (int i = groupStart; i < groupEnd; i++) {
                int end = confirmed.end[i];
                if (maxEndBefore < end && maxEndInGroup <= end) {
                    sink.detected(set.identifier(confirmed.id[i]), segment, confirmed.start[i], end);
                }
            }
            maxEndBefore = Math.max(maxEndBefore, maxEndInGroup);
            groupStart = groupEnd;
        }
    }

    /** Macie: mailing addresses cannot be allow-listed. */
    private boolean allowListed(IdentifierDefinition def, String value) {
        return !set.allowLists().isEmpty() && !def.id().equals("ADDRESS") && set.allowLists().allows(value);
    }

    /**
     * A keyword in a context name (column, JSON path) counts wherever the candidate is. In the text, a managed
     * identifier's keyword may be before, after or over the candidate, within the distance between the two spans; a
     * custom identifier's must precede it, with at most the distance from the keyword's end to the candidate's end.
     */
    private boolean keywordNearby(int index, IdentifierDefinition def, TextSegment segment, int start, int end) {
        SegmentLocator locator = segment.locator();
        for (String name : locator.contextNames(start)) {
            if (identifiersNamedBy(name).get(index)) {
                return true;
            }
        }
        int unitStart = locator.unitStart(start);
        int unitEnd = locator.unitEnd(start);
        int distance = def.maximumMatchDistance();
        int from = keywords.firstStartAtOrAfter(Math.max(unitStart, start - distance - 256));
        for (int k = from; k < keywords.size && keywords.start[k] <= end + distance; k++) {
            int ks = keywords.start[k];
            int ke = keywords.end[k];
            if (ks < unitStart || ke > unitEnd || !set.keywordOwners(keywords.id[k]).get(index)) {
                continue;
            }
            if (def.isCustom()) {
                if (ke <= start && end - ke <= distance) {
                    return true;
                }
                continue;
            }
            boolean before = ke <= start && start - ke <= distance;
            boolean after = ks >= end && ks - end <= distance;
            boolean overlapping = ks < end && ke > start;
            if (before || after || overlapping) {
                return true;
            }
        }
        return false;
    }

    private BitSet identifiersNamedBy(String name) {
        BitSet cached = identifiersNamedBy.get(name);
        if (cached != null) {
            return cached;
        }
        BitSet owners = new BitSet();
        HitSink sink = (id, s, e) -> {
            if (set.isKeyword(id)) {
                owners.or(set.keywordOwners(id));
            }
        };
        // the name as written too: splitting at dots turns a dotted keyword (N.I.T., r.f.c., c.u.i.t.) into letters
        scanner.scan(name, sink);
        scanner.scan(KeywordPattern.nameAsWords(name), sink);
        if (identifiersNamedBy.size() >= NAME_CACHE_LIMIT) {
            identifiersNamedBy.clear();
        }
        identifiersNamedBy.put(name, owners);
        return owners;
    }

    private static boolean containsIgnoreWord(String value, List<String> ignoreWords) {
        for (String word : ignoreWords) {
            if (value.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        scanner.close();
    }

    /** Growable parallel arrays of hits; reused across segments to keep the hot path free of allocation. */
    private static final class Hits {
        int[] id = new int[64];
        int[] start = new int[64];
        int[] end = new int[64];
        int size;
        private long[] keys = new long[64];
        private int[] scratch = new int[64];

        void clear() {
            size = 0;
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
}
