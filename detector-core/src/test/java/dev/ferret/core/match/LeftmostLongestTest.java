package dev.ferret.core.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The normalization on hand-written report streams, with RE2/J as the exact engine; no native library needed. */
class LeftmostLongestTest {

    @Test
    void keepsTheLongestMatchPerStartAndDropsOverlaps() {
        // "\d{3}" over "1234567" as Hyperscan reports it: every end with its leftmost start
        List<String> hits = normalize("[0-9]{3}", "1234567", new int[][] {{0, 3}, {1, 4}, {2, 5}, {3, 6}, {4, 7}});
        assertEquals(List.of("0-3", "3-6"), hits);
    }

    @Test
    void prefersTheLongestEndForTheLeftmostStart() {
        List<String> hits = normalize("a+b?", "aab x ab", new int[][] {{0, 1}, {0, 2}, {0, 3}, {6, 7}, {6, 8}});
        assertEquals(List.of("0-3", "6-8"), hits);
    }

    @Test
    void asksTheExactEngineWhenAReportStraddlesTheKeptEnd() {
        // "ab|bcd|d" over "abcd": Hyperscan reports (0,2) and (1,4) but not (3,4), which also ends at 4
        List<String> hits = normalize("ab|bcd|d", "abcd", new int[][] {{0, 2}, {1, 4}});
        assertEquals(List.of("0-2", "3-4"), hits);
    }

    @Test
    void keepsAskingUntilTheKeptEndPassesEveryStraddlingReport() {
        List<String> hits = normalize("ab|b.*z|c|e|gz", "abxcxexgz", new int[][] {{0, 2}, {3, 4}, {5, 6}, {1, 9}});
        assertEquals(List.of("0-2", "3-4", "5-6", "7-9"), hits);
    }

    @Test
    void groupsHitsByPattern() {
        LeftmostLongest normalizer = new LeftmostLongest();
        List<String> hits = new ArrayList<>();
        normalizer.emit(new int[] {1, 0, 1, 0}, new int[] {4, 0, 2, 1}, new int[] {6, 2, 5, 3}, 4, new int[] {10, 20},
                new int[] {HyperscanPatterns.NOT_A_GATE, HyperscanPatterns.NOT_A_GATE}, (index, from, limit) -> -1, (id, s, e) -> hits.add(id + ":" + s + "-" + e));
        assertEquals(List.of("10:0-2", "20:2-5"), hits);
    }

    @Test
    void findsGatedSpansFromEndsWithinTheMaximumWidth() {
        // "[0-9]{3}" without start offsets over "12345 678": ends 3, 4, 5 and 9; width 3
        List<Integer> searchedFrom = new ArrayList<>();
        List<String> hits = normalize("[0-9]{3}", "12345 678", new int[][] {{3, 3}, {4, 4}, {5, 5}, {9, 9}}, 3, searchedFrom);
        assertEquals(List.of("0-3", "6-9"), hits);
        assertEquals(List.of(0, 3), searchedFrom, "searches start at max(kept end, next end beyond it - width)");
    }

    private static List<String> normalize(String regex, String text, int[][] reports) {
        return normalize(regex, text, reports, HyperscanPatterns.NOT_A_GATE, new ArrayList<>());
    }

    private static List<String> normalize(String regex, String text, int[][] reports, int gateWidth,
                                          List<Integer> searchedFrom) {
        Pattern pattern = Pattern.compile(regex, Pattern.LONGEST_MATCH);
        int n = reports.length;
        int[] index = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = reports[i][0];
            end[i] = reports[i][1];
        }
        List<String> hits = new ArrayList<>();
        new LeftmostLongest().emit(index, start, end, n, new int[] {0}, new int[] {gateWidth}, (p, from, limit) -> {
            searchedFrom.add(from);
            // the contract allows ignoring the limit: searching the whole text is always exact
            Matcher m = pattern.matcher(text);
            return m.find(from) ? (long) m.start() << 32 | m.end() : -1;
        }, (id, s, e) -> hits.add(s + "-" + e));
        return hits;
    }
}
