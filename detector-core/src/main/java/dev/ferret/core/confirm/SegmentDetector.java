package dev.ferret.core.confirm;

import dev.ferret.core.extract.SegmentLocator;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;

import java.util.List;

/**
 * Detection in a segment: the {@link CandidateFinder} finds candidates and keywords, then each candidate is confirmed:
 * keyword proximity (in the text, the column name or the JSON path), ignore words, the identifier's validator, then the
 * allow lists. One per thread; not thread-safe.
 */
public final class SegmentDetector implements AutoCloseable {

    /** In {@link #confirmed}: the span of an IBAN-shaped candidate that failed confirmation. */
    private static final int REJECTED_IBAN = -1;

    private final IdentifierSet set;
    private final CandidateFinder finder;
    private final Hits confirmed = new Hits();

    SegmentDetector(IdentifierSet set, CandidateFinder finder) {
        this.set = set;
        this.finder = finder;
    }

    public void detect(TextSegment segment, DetectionSink sink) {
        confirmed.clear();
        if (finder.find(segment) == 0) {
            return;
        }
        Hits candidates = finder.candidates;
        String text = segment.text();
        for (int c = 0; c < candidates.size; c++) {
            int start = candidates.start[c];
            if (!segment.owns(start)) {
                continue;
            }
            int index = candidates.id[c];
            int end = candidates.end[c];
            if (confirms(index, segment, start, end)) {
                confirmed.add(index, start, end);
            } else if (set.isIbanShaped(index) && startsLikeAnIban(text, start, end)) {
                // a malformed IBAN is still one value: its digits are not another account or card number
                confirmed.add(REJECTED_IBAN, start, end);
            }
        }
        emitOutermost(segment, sink);
    }

    private boolean confirms(int index, TextSegment segment, int start, int end) {
        IdentifierDefinition def = set.identifier(index);
        boolean keywordNearby = def.usesKeywords() && keywordNearby(index, def, segment, start, end);
        if (def.keywordRule() == KeywordRule.REQUIRED && !keywordNearby
                || def.keywordRule() == KeywordRule.ABSENT && keywordNearby) {
            return false;
        }
        String value = segment.text().substring(start, end);
        return !containsIgnoreWord(value, def.ignoreWords()) && set.validator(index).isValid(value, keywordNearby)
                && !allowListed(def, value);
    }

    /** Two capital letters and two digits: the country code and check digits of an IBAN, not a domestic number. */
    private static boolean startsLikeAnIban(String text, int start, int end) {
        return end - start >= 4 && Character.isUpperCase(text.charAt(start)) && Character.isUpperCase(text.charAt(start + 1))
                && Character.isDigit(text.charAt(start + 2)) && Character.isDigit(text.charAt(start + 3));
    }

    /**
     * Emits the confirmed detections except those lying inside a longer one: the account number inside an IBAN, the
     * digit run inside a key block, is part of the larger value, not a second finding; so are the digits of a rejected
     * IBAN ({@link #REJECTED_IBAN}, never emitted itself). Detections come sorted by start.
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
                if (maxEndBefore < end && maxEndInGroup <= end && confirmed.id[i] != REJECTED_IBAN) {
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
            if (finder.identifiersNamedBy(name).get(index)) {
                return true;
            }
        }
        int unitStart = locator.unitStart(start);
        int unitEnd = locator.unitEnd(start);
        int distance = def.maximumMatchDistance();
        Hits keywords = finder.keywords;
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
        finder.close();
    }
}
