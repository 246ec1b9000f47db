package dev.ferret.core.accuracy;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.source.StreamRef;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of NAME and ADDRESS on a seeded, labelled set of text, CSV and JSON documents, scanned by the
 * real {@link Scanner} with the whole managed catalogue. The floors are the values measured when the detectors were
 * written (see docs/accuracy-names.md), so a change that loses accuracy fails here. Run it alone with
 * {@code ./mvnw -pl detector-core -am test -Dtest=NameAddressAccuracyTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class NameAddressAccuracyTest {

    private static final long SEED = 20_251_125L;
    private static final double NAME_PRECISION_FLOOR = 0.85;
    private static final double NAME_RECALL_FLOOR = 0.85;
    private static final double ADDRESS_PRECISION_FLOOR = 0.85;
    private static final double ADDRESS_RECALL_FLOOR = 0.85;

    private static Scanner scanner;

    @BeforeAll
    static void compile() {
        scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS);
    }

    @AfterAll
    static void close() {
        scanner.close();
    }

    @Test
    void nameAndAddressReachTheirFloors() {
        List<NameAddressSamples.Sample> samples = new NameAddressSamples(SEED).generate(600, 320, 400);
        Score name = new Score();
        Score address = new Score();
        Map<String, Score> byKind = new TreeMap<>();
        for (NameAddressSamples.Sample sample : samples) {
            DocumentResult result = scanner.scan(new StreamRef(sample.fileName(),
                    new ByteArrayInputStream(sample.content().getBytes(StandardCharsets.UTF_8)))).top();
            long names = count(result, "NAME");
            long addresses = count(result, "ADDRESS");
            name.add(sample.names(), names);
            address.add(sample.addresses(), addresses);
            byKind.computeIfAbsent(sample.kind(), k -> new Score()).add(sample.names() + sample.addresses(), names + addresses);
        }
        String report = "seed " + SEED + "\nNAME " + name + "\nADDRESS " + address + "\n"
                + byKind.entrySet().stream().map(e -> "  " + e.getKey() + " " + e.getValue() + "\n").reduce("", String::concat);
        System.out.println(report);
        assertTrue(name.precision() >= NAME_PRECISION_FLOOR, report);
        assertTrue(name.recall() >= NAME_RECALL_FLOOR, report);
        assertTrue(address.precision() >= ADDRESS_PRECISION_FLOOR, report);
        assertTrue(address.recall() >= ADDRESS_RECALL_FLOOR, report);
    }

    private static long count(DocumentResult result, String id) {
        return result.detections().stream().filter(d -> d.identifier().id().equals(id))
                .mapToLong(DetectionSummary::count).sum();
    }

    /** Counts per document: found beyond the expected number are false positives, missing ones false negatives. */
    private static final class Score {
        long truePositives;
        long falsePositives;
        long falseNegatives;

        void add(long expected, long found) {
            truePositives += Math.min(expected, found);
            falsePositives += Math.max(0, found - expected);
            falseNegatives += Math.max(0, expected - found);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f recall %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
                    truePositives, falsePositives, falseNegatives);
        }
    }
}
