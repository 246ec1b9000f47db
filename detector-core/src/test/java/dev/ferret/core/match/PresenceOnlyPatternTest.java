package dev.ferret.core.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A presence-only pattern reports whether it matches, beside ordinary patterns reported in full. */
class PresenceOnlyPatternTest {

    private static final String REGEX = "\\b[A-Z][a-z]+ Street\\b";

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"HYPERSCAN", "RE2J"})
    void reportsPresenceOnlyWhereThePatternMatches(EngineChoice engine) {
        assumeTrue(engine != EngineChoice.HYPERSCAN || HyperscanLibrary.available(), "Hyperscan does not load here");
        List<PatternSpec> specs = List.of(new PatternSpec(0, REGEX, false, true), new PatternSpec(1, REGEX, false));
        Random rnd = new Random(11);
        try (CompiledPatterns patterns = MatchEngines.compile(specs, engine); PatternScanner scanner = patterns.newScanner()) {
            for (int round = 0; round < 200; round++) {
                String text = randomText(rnd);
                List<int[]> presence = new ArrayList<>();
                List<int[]> full = new ArrayList<>();
                scanner.scan(text, (id, start, end) -> (id == 0 ? presence : full).add(new int[] {start, end}));
                String context = engine + " round " + round + " (seed 11): " + text;
                assertEquals(!full.isEmpty(), !presence.isEmpty(), context);
                if (engine == EngineChoice.HYPERSCAN) {
                    assertTrue(presence.size() <= 1, "one report at most: " + context);
                }
            }
        }
    }

    private static String randomText(Random rnd) {
        String[] words = {"Baker", "Street", "street", "Main", "lives", "at", "12", "Quay", "the"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(12); i < n; i++) {
            sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        return sb.toString();
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"HYPERSCAN", "RE2J"})
    void aTextWithoutAMatchGetsNoReport(EngineChoice engine) {
        assumeTrue(engine != EngineChoice.HYPERSCAN || HyperscanLibrary.available(), "Hyperscan does not load here");
        try (CompiledPatterns patterns = MatchEngines.compile(List.of(new PatternSpec(7, REGEX, false, true)), engine);
             PatternScanner scanner = patterns.newScanner()) {
            List<Integer> ids = new ArrayList<>();
            scanner.scan("no street here, Street alone", (id, start, end) -> ids.add(id));
            assertFalse(ids.contains(7), engine.toString());
            scanner.scan("at 5 Baker Street today", (id, start, end) -> ids.add(id));
            assertEquals(List.of(7), ids, engine.toString());
        }
    }
}
