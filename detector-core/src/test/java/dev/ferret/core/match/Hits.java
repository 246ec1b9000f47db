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

    static PatternSpec spec(int id, String regex) {
        return new PatternSpec(id, regex, false);
    }
}
