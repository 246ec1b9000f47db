package dev.ferret.core.confirm;

import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.Example;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every managed identifier's own must-match and must-not-match examples through matcher and confirmer, on each engine. */
class ManagedIdentifierExamplesTest {

    static Stream<Arguments> identifiersAndEngines() {
        List<Arguments> out = new ArrayList<>();
        for (IdentifierDefinition d : ManagedCatalogue.get().all()) {
            for (EngineChoice engine : List.of(EngineChoice.RE2J, EngineChoice.AUTO)) {
                out.add(Arguments.of(d.id(), engine));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("identifiersAndEngines")
    void examplesBehave(String id, EngineChoice engine) {
        IdentifierDefinition def = ManagedCatalogue.get().byId(id).orElseThrow();
        assertFalse(def.mustMatch().isEmpty(), id + " has no must-match example");
        assertFalse(def.mustNotMatch().isEmpty(), id + " has no must-not-match example");
        try (IdentifierSet set = IdentifierSet.compile(List.of(def), engine);
             SegmentDetector detector = set.newDetector()) {
            for (Example example : def.mustMatch()) {
                List<String> found = detect(detector, example.text());
                assertFalse(found.isEmpty(), id + " must match example: " + example.text());
                if (example.value() != null) {
                    assertTrue(found.contains(example.value()),
                            id + " must find '" + example.value() + "' in example '" + example.text() + "', found " + found);
                }
            }
            for (String text : def.mustNotMatch()) {
                assertEquals(List.of(), detect(detector, text), id + " must not match example: " + text);
            }
        }
    }

    private static List<String> detect(SegmentDetector detector, String text) {
        List<String> found = new ArrayList<>();
        TextSegment segment = TextSegment.whole(text, (start, end) -> new LineRange(1, 1, start + 1));
        detector.detect(segment, (def, seg, start, end) -> found.add(seg.text().substring(start, end)));
        return found;
    }
}
