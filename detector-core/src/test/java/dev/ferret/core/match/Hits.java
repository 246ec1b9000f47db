package dev.ferret.core.match;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the hits of one scan as sortable strings {@code id:start-end}. */
final class Hits {

    private Hits() {
    }

    static List<String> of(PatternScanner scanner, String text) {
        List<String> hits = new ArrayList<>();
        scanner.scan(text, (id, start, end) -> hits.add(id + ":" + start + "-" + end));
        return hits;
    }

    /** Order-free form: engines may report different patterns in different orders. */
    static List<String> sorted(PatternScanner scanner, String text) {
        List<String> hits = of(scanner, text);
        hits.sort(null);
        return hits;
    }

    /** Fails with the differences only (first few), since full hit lists of long texts are unreadable. */
    static void assertSame(List<String> expected, List<String> actual, String context) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        throw new AssertionError(context + ": missing " + first(missing) + ", unexpected " + first(extra)
                + " (" + expected.size() + " expected, " + actual.size() + " found)");
    }

    private static List<String> first(List<String> hits) {
        return hits.subList(0, Math.min(10, hits.size()));
    }

    static PatternSpec spec(int id, String regex) {
        return new PatternSpec(id, regex, false);
    }
}
