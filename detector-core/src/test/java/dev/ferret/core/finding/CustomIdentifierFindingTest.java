package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.Severity;
import dev.ferret.identifiers.custom.CustomDataIdentifier;
import dev.ferret.identifiers.custom.SeverityLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static dev.ferret.core.finding.Fixtures.detections;
import static dev.ferret.core.finding.Fixtures.identifier;
import static dev.ferret.core.finding.Fixtures.renderer;
import static dev.ferret.core.finding.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custom identifiers in the finding: their section, the finding type, and severity from their levels. */
class CustomIdentifierFindingTest {

    private static final IdentifierDefinition EMPLOYEE = CustomDataIdentifier.of("EmployeeIDs", null, "EMP-[0-9]{6}",
            null, null, null, null).toDefinition();
    private static final IdentifierDefinition TIERED = CustomDataIdentifier.of("Tiered", null, "T[0-9]{4}", null, null, null,
            List.of(new SeverityLevel(3, Severity.LOW), new SeverityLevel(10, Severity.MEDIUM),
                    new SeverityLevel(50, Severity.HIGH))).toDefinition();
    private static final IdentifierDefinition DOB = identifier("DATE_OF_BIRTH", Category.PERSONAL_INFORMATION, "LMH");

    @Test
    void customOnlyFindingListsDetectionsByUuidAndName() {
        ObjectNode f = renderer(EMPLOYEE).finding(result("hr.txt", detections(EMPLOYEE, 3, 3))).orElseThrow();
        assertEquals("SensitiveData:S3Object/CustomIdentifier", f.get("type").asText());
        JsonNode result = f.get("classificationDetails").get("result");
        assertEquals(0, result.get("sensitiveData").size(), "as observed in Macie: sensitiveData is [] for a custom-only finding");
        JsonNode custom = result.get("customDataIdentifiers");
        assertEquals(3, custom.get("totalCount").asLong());
        JsonNode detection = custom.get("detections").get(0);
        assertEquals(EMPLOYEE.id(), detection.get("arn").asText());
        assertTrue(detection.get("arn").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertEquals("EmployeeIDs", detection.get("name").asText());
        assertEquals(3, detection.get("count").asLong());
        assertEquals(3, detection.get("occurrences").get("lineRanges").size());
        assertEquals("Medium", f.get("severity").get("description").asText(), "Macie's default for a custom identifier");
    }

    @Test
    void customWithManagedIsMultipleAndSeverityIsTheMaximum() {
        ObjectNode f = renderer(DOB, TIERED).finding(result("mix.txt", detections(DOB, 1, 1), detections(TIERED, 60, 5)))
                .orElseThrow();
        assertEquals("SensitiveData:S3Object/Multiple", f.get("type").asText());
        assertEquals("High", f.get("severity").get("description").asText(), "DOB alone is Low; Tiered at 60 is High");
        assertEquals(3, f.get("severity").get("score").asInt());
        JsonNode result = f.get("classificationDetails").get("result");
        assertEquals("PERSONAL_INFORMATION", result.get("sensitiveData").get(0).get("category").asText());
        assertEquals(60, result.get("customDataIdentifiers").get("totalCount").asLong());
    }

    @ParameterizedTest
    @CsvSource({"1,", "2,", "3,Low", "9,Low", "10,Medium", "49,Medium", "50,High", "1000,High"})
    void severityFollowsTheLevels(long count, String severity) {
        Optional<ObjectNode> f = renderer(TIERED).finding(result("t.txt", detections(TIERED, count, 1)));
        if (severity == null) {
            assertTrue(f.isEmpty(), "below the lowest threshold there is no finding");
        } else {
            assertEquals(severity, f.orElseThrow().get("severity").get("description").asText());
        }
    }

    @Test
    void aCustomIdentifierBelowItsThresholdLeavesTheRestOfTheFinding() {
        ObjectNode f = renderer(DOB, TIERED).finding(result("m.txt", detections(DOB, 1, 1), detections(TIERED, 2, 2)))
                .orElseThrow();
        assertEquals("SensitiveData:S3Object/Personal", f.get("type").asText());
        assertEquals("Low", f.get("severity").get("description").asText());
        JsonNode custom = f.get("classificationDetails").get("result").get("customDataIdentifiers");
        assertEquals(0, custom.get("detections").size());
        assertEquals(0, custom.get("totalCount").asLong());
    }
}
