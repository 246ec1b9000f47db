package dev.ferret.core.match;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.ferret.core.match.Hits.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HyperscanEngineTest {

    @BeforeAll
    static void needsTheNativeLibrary() {
        assumeTrue(HyperscanLibrary.available(), "Hyperscan does not load here: " + HyperscanLibrary.failure());
    }

    @Test
    void reportsCharOffsetsInMultiByteText() {
        String text = "é😀 SSN 123-45-6789, 日本 mail jane@example.com 😀";
        try (CompiledPatterns set = HyperscanEngine.compile(List.of(spec(1, "[0-9]{3}-[0-9]{2}-[0-9]{4}"),
                spec(2, "[a-z]+@[a-z]+\\.com"), new PatternSpec(3, "ssn", true)));
             PatternScanner scanner = set.newScanner()) {
            assertEquals("hyperscan", set.engineName());
            List<String> hits = Hits.sorted(scanner, text);
            assertEquals(List.of(
                    "1:" + text.indexOf("123") + "-" + (text.indexOf("123") + 11),
                    "2:" + text.indexOf("jane") + "-" + (text.indexOf(".com") + 4),
                    "3:" + text.indexOf("SSN") + "-" + (text.indexOf("SSN") + 3)), hits);
        }
    }

    @Test
    void findsTheMatchHiddenBehindAnOverlappingReport() {
        // Hyperscan reports (1,9) for "b.*z" and never names the start of "gz" (7,9), which ends at the same offset
        String text = "abxcxexgz";
        List<PatternSpec> specs = List.of(spec(0, "ab|b.*z|c|e|gz"));
        try (CompiledPatterns hs = HyperscanEngine.compile(specs); PatternScanner scanner = hs.newScanner()) {
            assertEquals(List.of("0:0-2", "0:3-4", "0:5-6", "0:7-9"), Hits.of(scanner, text));
        }
    }

    @Test
    void doesNotTakeAMatchThatOnlyExistsWhereTheHiddenMatchSearchCutsTheText() {
        // after (0,2) the report (1,4) straddles; searching "abcxq" alone would find a false "q\b" at (4,5)
        try (CompiledPatterns hs = HyperscanEngine.compile(List.of(spec(0, "ab|bcx|q\\b")));
             PatternScanner scanner = hs.newScanner()) {
            assertEquals(List.of("0:0-2", "0:5-6"), Hits.of(scanner, "abcxqq"));
        }
    }

    @Test
    void scansAPatternHyperscanRejectsWithRe2j() {
        // Hyperscan refuses patterns that match the empty string; RE2/J reports their non-empty matches
        PatternSpec empty = spec(7, "[0-9]*");
        try (HyperscanPatterns set = (HyperscanPatterns) HyperscanEngine.compile(List.of(spec(1, "ab"), empty));
             PatternScanner scanner = set.newScanner()) {
            assertEquals("hyperscan+re2j", set.engineName());
            assertArrayEquals(new int[] {7}, set.re2jPatternIds());
            assertEquals(List.of("1:5-7", "7:0-4", "7:8-10"), Hits.sorted(scanner, "1234 ab 56"));
        }
    }

    @Test
    void gatesAPatternTooLargeForStartOffsetsAndLetsRe2jFindTheSpans() {
        // too large for Hyperscan with start-of-match tracking, accepted without it
        PatternSpec tooLarge = spec(7, "(?:a|b)*c[a-z]{30}");
        String tail = "x".repeat(30);
        try (HyperscanPatterns set = (HyperscanPatterns) HyperscanEngine.compile(List.of(spec(1, "[0-9]{4}"), tooLarge));
             PatternScanner scanner = set.newScanner()) {
            assertEquals("hyperscan+re2j", set.engineName());
            assertArrayEquals(new int[] {7}, set.gatedPatternIds());
            assertArrayEquals(new int[0], set.re2jPatternIds());
            assertEquals(List.of("1:0-4", "7:5-" + (8 + 30)), Hits.sorted(scanner, "1234 abc" + tail));
            assertEquals(List.of("1:0-4"), Hits.sorted(scanner, "1234 abc"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(a)\\1     | back-reference",
            "a(?=b)     | lookahead",
            "(?<=a)b    | lookbehind",
            "a(?!b)     | lookahead"})
    void rejectsWhatNeitherEngineSupportsNamingTheConstruct(String regex, String construct) {
        PatternCompileException e = assertThrows(PatternCompileException.class,
                () -> HyperscanEngine.compile(List.of(spec(1, "ok"), spec(42, regex))));
        assertEquals(42, e.patternId());
        assertTrue(e.getMessage().contains("42") && e.getMessage().contains(construct), e.getMessage());
    }

    @Test
    void engineChoiceHyperscanUsesHyperscan() {
        try (CompiledPatterns set = MatchEngines.compile(List.of(spec(1, "abc")), EngineChoice.HYPERSCAN)) {
            assertEquals("hyperscan", set.engineName());
        }
    }

    @Test
    void thePropertyTurnsAutoIntoRe2j() {
        String before = System.getProperty(MatchEngines.ENGINE_PROPERTY);
        System.setProperty(MatchEngines.ENGINE_PROPERTY, "re2j");
        try (CompiledPatterns set = MatchEngines.compile(List.of(spec(1, "abc")), EngineChoice.AUTO)) {
            assertEquals("re2j", set.engineName());
        } finally {
            if (before == null) {
                System.clearProperty(MatchEngines.ENGINE_PROPERTY);
            } else {
                System.setProperty(MatchEngines.ENGINE_PROPERTY, before);
            }
        }
    }

    @Test
    void aClosedScannerOrSetRefusesToScan() {
        CompiledPatterns set = HyperscanEngine.compile(List.of(spec(1, "abc")));
        PatternScanner scanner = set.newScanner();
        scanner.close();
        assertThrows(IllegalStateException.class, () -> Hits.of(scanner, "abc"));
        PatternScanner other = set.newScanner();
        set.close();
        assertThrows(IllegalStateException.class, () -> Hits.of(other, "abc"));
    }
}
