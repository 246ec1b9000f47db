package dev.ferret.corpus;

import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.SeverityByCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccuracyScorerTest {

    private static DetectionSummary found(long count, List<Location> locations) {
        IdentifierDefinition def = new IdentifierDefinition("X", Category.PERSONAL_INFORMATION, null, "", "x", false,
                null, null, 0, null, null, SeverityByCount.parse("HHH"), false, false, null, null);
        return new DetectionSummary(def, count, locations);
    }

    @Test
    void locatedDetectionsMatchByLine() {
        TruthEntry t = new TruthEntry("o", "", "X", 3, List.of(TruthLocation.line(1, 5), TruthLocation.line(4, 1), TruthLocation.line(4, 9)));
        Score s = AccuracyScorer.compare(t, found(3, List.of(new LineRange(1, 1, 7), new LineRange(4, 4, 1), new LineRange(9, 9, 1))));
        assertEquals(new Score(3, 3, 2, 1, 1), s);
    }

    @Test
    void unlocatedTruthComparesByCount() {
        TruthEntry t = new TruthEntry("o", "", "X", 2, null);
        assertEquals(new Score(2, 5, 2, 3, 0), AccuracyScorer.compare(t, found(5, List.of())));
    }

    @Test
    void valuesPlantedInObjectsNeverScannedCountAsMissed() {
        AccuracyScorer scorer = new AccuracyScorer(List.of(new TruthEntry("gone.csv", "", "X", 4, null)));
        scorer.finish();
        assertEquals(new Score(4, 0, 0, 0, 4), scorer.byIdentifier().get("X"));
    }

    @Test
    void jsonPathsInBracketFormMatchDotForm() {
        assertEquals("$.customers[2].ssn", AccuracyScorer.normalisePath("$['customers'][2]['ssn']"));
    }
}
