package dev.ferret.core.confirm;

import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.allow.AllowLists;

import java.util.ArrayList;
import java.util.List;

/** Runs matcher and confirmer over plain text and returns what was found, for tests. */
final class Detect {

    private Detect() {
    }

    static List<String> found(List<IdentifierDefinition> identifiers, AllowLists allowLists, EngineChoice engine, String text) {
        try (IdentifierSet set = IdentifierSet.compile(identifiers, allowLists, engine);
             SegmentDetector detector = set.newDetector()) {
            return found(detector, text);
        }
    }

    static List<String> found(IdentifierDefinition identifier, EngineChoice engine, String text) {
        return found(List.of(identifier), AllowLists.NONE, engine, text);
    }

    static List<String> found(SegmentDetector detector, String text) {
        List<String> found = new ArrayList<>();
        TextSegment segment = TextSegment.whole(text, (start, end) -> new LineRange(1, 1, start + 1));
        detector.detect(segment, (def, seg, start, end) -> found.add(seg.text().substring(start, end)));
        return found;
    }
}
