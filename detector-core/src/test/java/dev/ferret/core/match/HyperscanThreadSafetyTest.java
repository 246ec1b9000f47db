package dev.ferret.core.match;

import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Several threads, each with its own scanner over one compiled set, find what one thread finds. */
class HyperscanThreadSafetyTest {

    @Test
    void threadsWithTheirOwnScannersAgreeWithOneThread() throws Exception {
        assumeTrue(HyperscanLibrary.available(), "Hyperscan does not load here: " + HyperscanLibrary.failure());
        List<PatternSpec> specs = new ArrayList<>();
        for (IdentifierDefinition d : ManagedCatalogue.get().all()) {
            specs.add(new PatternSpec(specs.size(), d.regex(), d.caseInsensitive()));
        }
        EngineAgreementTest.DIALECT_PATTERNS.forEach(p -> specs.add(new PatternSpec(specs.size(), p, false)));
        long seed = 20261125L;
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(EngineAgreementTest.randomText(random, List.of()));
        }
        try (CompiledPatterns set = HyperscanEngine.compile(specs)) {
            List<List<String>> expected = new ArrayList<>();
            try (PatternScanner scanner = set.newScanner()) {
                for (String text : texts) {
                    expected.add(Hits.of(scanner, text));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<List<String>>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    results.add(pool.submit(() -> {
                        List<List<String>> found = new ArrayList<>(Collections.nCopies(texts.size(), List.<String>of()));
                        try (PatternScanner scanner = set.newScanner()) {
                            // each thread walks the texts from a different place so scans really interleave
                            for (int r = 0; r < 3; r++) {
                                for (int i = 0; i < texts.size(); i++) {
                                    int k = (i + offset * 10) % texts.size();
                                    found.set(k, Hits.of(scanner, texts.get(k)));
                                }
                            }
                        }
                        return found;
                    }));
                }
                for (int t = 0; t < results.size(); t++) {
                    assertEquals(expected, results.get(t).get(), "thread " + t + ", seed " + seed);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
