package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static dev.ferret.core.finding.Fixtures.detections;
import static dev.ferret.core.finding.Fixtures.identifier;
import static dev.ferret.core.finding.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding locates at most 15 occurrences, filled depth first over categories and types, and never caps counts. */
class FindingOccurrenceCapTest {

    @Test
    void exactlyFifteenLocatedIsNotMore() {
        IdentifierDefinition a = identifier("A", Category.PERSONAL_INFORMATION, "HHH");
        JsonNode result = Fixtures.renderer(a).finding(result("f.txt", detections(a, 15, 15))).orElseThrow()
                .get("classificationDetails").get("result");
        assertFalse(result.get("additionalOccurrences").asBoolean());
    }

    @Test
    void theSixteenthIsCountedNotLocated() {
        IdentifierDefinition a = identifier("A", Category.CREDENTIALS, "HHH");
        IdentifierDefinition b = identifier("B", Category.PERSONAL_INFORMATION, "HHH");
        JsonNode result = Fixtures.renderer(a, b).finding(result("f.txt", detections(a, 10, 10), detections(b, 6, 6)))
                .orElseThrow().get("classificationDetails").get("result");
        assertTrue(result.get("additionalOccurrences").asBoolean());
        JsonNode personal = result.get("sensitiveData").get(1).get("detections").get(0);
        assertEquals(6, personal.get("count").asLong());
        assertEquals(5, personal.get("occurrences").get("lineRanges").size());
    }

    @RepeatedTest(40)
    void capFillsDepthFirstAndCountsStayWhole(RepetitionInfo info) {
        long seed = 0x5EED_0000L + info.getCurrentRepetition();
        Random random = new Random(seed);
        Category[] categories = {Category.CREDENTIALS, Category.FINANCIAL_INFORMATION, Category.PERSONAL_INFORMATION};
        List<IdentifierDefinition> catalogue = new ArrayList<>();
        List<DetectionSummary> found = new ArrayList<>();
        int types = 1 + random.nextInt(6);
        for (int i = 0; i < types; i++) {
            IdentifierDefinition d = identifier("T" + i, categories[random.nextInt(categories.length)], "LMH");
            catalogue.add(d);
            long count = 1 + random.nextInt(12);
            found.add(detections(d, count, 1 + random.nextInt((int) count)));
        }
        JsonNode result = Fixtures.renderer(catalogue.toArray(IdentifierDefinition[]::new))
                .finding(result("f.txt", found.toArray(DetectionSummary[]::new))).orElseThrow()
                .get("classificationDetails").get("result");

        // expected: categories in enum order, types in catalogue order, each taking what the budget leaves
        List<DetectionSummary> dfs = new ArrayList<>(found);
        dfs.sort(Comparator.comparing((DetectionSummary s) -> s.identifier().category()).thenComparing(s -> catalogue.indexOf(s.identifier())));
        int budget = 15;
        long counted = 0;
        long located = 0;
        int next = 0;
        for (JsonNode category : result.get("sensitiveData")) {
            for (JsonNode type : category.get("detections")) {
                DetectionSummary expected = dfs.get(next++);
                String where = "seed " + seed + ", type " + expected.identifier().id();
                assertEquals(expected.identifier().id(), type.get("type").asText(), where);
                assertEquals(expected.count(), type.get("count").asLong(), where);
                int keep = Math.min(budget, expected.locations().size());
                JsonNode ranges = type.get("occurrences").get("lineRanges");
                assertEquals(keep, ranges == null || ranges.isNull() ? 0 : ranges.size(), where);
                budget -= keep;
                counted += expected.count();
                located += keep;
            }
        }
        assertEquals(dfs.size(), next, "seed " + seed);
        assertTrue(located <= 15, "seed " + seed);
        assertEquals(counted > located, result.get("additionalOccurrences").asBoolean(), "seed " + seed);
    }
}
