package dev.ferret.core.confirm;

import dev.ferret.core.extract.SegmentLocator;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.Example;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gating (the keyword-gated identifiers scanned only where their keywords are, the first pass scanning an OPTIONAL
 * identifier's regexWithoutKeyword, prefiltered identifiers scanned only where their presence check matched) is a
 * speed-up only: it must report exactly what scanning every
 * identifier's full regex everywhere reports.
 */
class KeywordGatingTest {

    private static final List<IdentifierDefinition> CATALOGUE = ManagedCatalogue.get().all();
    private static IdentifierSet gated;
    private static IdentifierSet ungated;
    private static SegmentDetector gatedDetector;
    private static SegmentDetector ungatedDetector;

    @BeforeAll
    static void compile() {
        gated = IdentifierSet.compile(CATALOGUE, EngineChoice.AUTO);
        ungated = IdentifierSet.compileUngated(CATALOGUE, EngineChoice.AUTO);
        gatedDetector = gated.newDetector();
        ungatedDetector = ungated.newDetector();
    }

    @AfterAll
    static void close() {
        gatedDetector.close();
        ungatedDetector.close();
        gated.close();
        ungated.close();
    }

    @Test
    void mostIdentifiersAreGated() {
        assertTrue(gated.gatedIdentifiers().cardinality() > CATALOGUE.size() / 2, "gated: " + gated.gatedIdentifiers());
        assertTrue(gated.splitIdentifiers().get(CATALOGUE.indexOf(ManagedCatalogue.get().byId("PHONE_NUMBER").orElseThrow())));
        int address = CATALOGUE.indexOf(ManagedCatalogue.get().byId("ADDRESS").orElseThrow());
        assertTrue(gated.gatedIdentifiers().get(address) && !gated.keywordGated().get(address), "ADDRESS is prefiltered");
        assertEquals(0, ungated.gatedIdentifiers().cardinality());
    }

    /** Texts stitched from every identifier's examples, keywords and noise, cut into segments of random size. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void gatingChangesNoDetection(long seed) {
        Random rnd = new Random(seed);
        List<String> fragments = fragments();
        StringBuilder text = new StringBuilder();
        while (text.length() < 60_000) {
            text.append(fragments.get(rnd.nextInt(fragments.size())));
            text.append(switch (rnd.nextInt(4)) {
                case 0 -> "\n";
                case 1 -> " ";
                case 2 -> ", ";
                default -> " the record was updated ";
            });
        }
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + 50 + rnd.nextInt(4000));
            String segment = text.substring(from, to);
            assertEquals(detections(ungatedDetector, whole(segment)), detections(gatedDetector, whole(segment)),
                    "seed " + seed + ", segment at " + from);
            from = to;
        }
    }

    @Test
    void aKeywordInAColumnNameArmsTheGatedIdentifier() {
        String ssn = "536-22-8726";
        SegmentLocator column = new SegmentLocator() {
            @Override
            public Location locate(int start, int end) {
                return new LineRange(1, 1, start + 1);
            }

            @Override
            public List<String> contextNames(int offset) {
                return List.of("customer_ssn");
            }

            @Override
            public List<String> allContextNames() {
                return List.of("customer_ssn");
            }
        };
        TextSegment cell = TextSegment.whole(ssn, column);
        assertEquals(List.of("USA_SOCIAL_SECURITY_NUMBER:" + ssn), detections(gatedDetector, cell));
        assertEquals(detections(ungatedDetector, cell), detections(gatedDetector, cell));
        assertEquals(List.of(), detections(gatedDetector, whole(ssn)), "no keyword anywhere: not an SSN");
    }

    private static List<String> fragments() {
        List<String> fragments = new ArrayList<>();
        for (IdentifierDefinition d : CATALOGUE) {
            d.mustMatch().stream().map(Example::text).forEach(fragments::add);
            fragments.addAll(d.mustNotMatch());
            fragments.addAll(d.keywords());
            d.mustMatch().stream().map(Example::value).forEach(fragments::add); // the value without its keyword
        }
        return fragments;
    }

    private static TextSegment whole(String text) {
        return TextSegment.whole(text, (start, end) -> new LineRange(1, 1, start + 1));
    }

    private static List<String> detections(SegmentDetector detector, TextSegment segment) {
        List<String> found = new ArrayList<>();
        detector.detect(segment, (def, seg, start, end) -> found.add(def.id() + ":" + seg.text().substring(start, end)));
        return found;
    }
}
