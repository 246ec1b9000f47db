package dev.ferret.identifiers.custom;

import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomIdentifierLoaderTest {

    @TempDir
    Path dir;

    private static final String JSON_ONE = """
            {"name": "EmployeeIDs", "description": "HR ids", "regex": "EMP-[0-9]{6}",
             "keywords": ["employee id"], "ignoreWords": ["EMP-000000"], "maximumMatchDistance": 20,
             "severityLevels": [{"occurrencesThreshold": 1, "severity": "LOW"},
                                {"occurrencesThreshold": 10, "severity": "HIGH"}],
             "tags": {"team": "hr"}, "clientToken": "abc"}
            """;

    @Test
    void readsMaciesRequestShapeFromJson() throws IOException {
        Path file = Files.writeString(dir.resolve("ids.json"), JSON_ONE);
        CustomDataIdentifier c = CustomIdentifierLoader.load(file).get(0);
        assertEquals("EmployeeIDs", c.name());
        assertEquals("HR ids", c.description());
        assertEquals(List.of("employee id"), c.keywords());
        assertEquals(List.of("EMP-000000"), c.ignoreWords());
        assertEquals(20, c.maximumMatchDistance());
        assertEquals(List.of(new SeverityLevel(1, Severity.LOW), new SeverityLevel(10, Severity.HIGH)), c.severityLevels());
        UUID.fromString(c.id()); // the ID is a UUID, as Macie's customDataIdentifierId
        IdentifierDefinition d = c.toDefinition();
        assertEquals(Category.CUSTOM_IDENTIFIER, d.category());
        assertEquals(KeywordRule.REQUIRED, d.keywordRule());
        assertEquals("EmployeeIDs", d.displayName());
        assertEquals(c.id(), d.id());
    }

    @Test
    void readsAYamlListWithDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("ids.yaml"), """
                - name: Badge
                  regex: "B[0-9]{5}"
                - name: Ticket
                  regex: "(?i)tkt-[a-z]{4}"
                  keywords: [ticket]
                """);
        List<CustomDataIdentifier> list = CustomIdentifierLoader.load(file);
        assertEquals(List.of("Badge", "Ticket"), list.stream().map(CustomDataIdentifier::name).toList());
        assertEquals(50, list.get(0).maximumMatchDistance());
        assertEquals(KeywordRule.NONE, list.get(0).toDefinition().keywordRule());
    }

    @Test
    void theIdIsStableAndFollowsTheContent() {
        CustomDataIdentifier a = CustomIdentifierLoader.parse(JSON_ONE, true, "a").get(0);
        CustomDataIdentifier again = CustomIdentifierLoader.parse(JSON_ONE, true, "b").get(0);
        CustomDataIdentifier changed = CustomIdentifierLoader.parse(JSON_ONE.replace("[0-9]{6}", "[0-9]{7}"), true, "c").get(0);
        assertEquals(a.id(), again.id());
        assertNotEquals(a.id(), changed.id());
        assertEquals(a.toDefinition(), again.toDefinition());
    }

    @Test
    void errorsNameTheFileItemAndField() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CustomIdentifierLoader.parse("[{\"name\": \"a\", \"regex\": \"x\"}, {\"name\": \"b\", \"regexp\": \"x\"}]", true, "ids.json"));
        assertTrue(unknown.getMessage().startsWith("ids.json item 1: unknown field 'regexp'"), unknown.getMessage());
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
                () -> CustomIdentifierLoader.parse("name: a\nregex: x\nmaximumMatchDistance: 500\n", false, "ids.yaml"));
        assertTrue(limit.getMessage().contains("ids.yaml: custom identifier 'a': maximumMatchDistance is 500"), limit.getMessage());
        IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class,
                () -> CustomIdentifierLoader.parse("{\"name\": ", true, "broken.json"));
        assertTrue(syntax.getMessage().contains("broken.json is not valid JSON"), syntax.getMessage());
        IllegalArgumentException scalar = assertThrows(IllegalArgumentException.class,
                () -> CustomIdentifierLoader.parse("just text", false, "x.yaml"));
        assertTrue(scalar.getMessage().contains("must hold a custom identifier definition"), scalar.getMessage());
    }

    @Test
    void severityFollowsTheHighestThresholdReached() {
        CustomDataIdentifier c = CustomDataIdentifier.of("n", null, "x", null, null, null, List.of(
                new SeverityLevel(2, Severity.LOW), new SeverityLevel(10, Severity.MEDIUM), new SeverityLevel(100, Severity.HIGH)));
        assertEquals(Optional.empty(), c.severityFor(1), "below the lowest threshold: no finding");
        assertEquals(Optional.of(Severity.LOW), c.severityFor(2));
        assertEquals(Optional.of(Severity.LOW), c.severityFor(9));
        assertEquals(Optional.of(Severity.MEDIUM), c.severityFor(10));
        assertEquals(Optional.of(Severity.HIGH), c.severityFor(100));
        assertEquals(Optional.of(Severity.HIGH), c.severityFor(5_000));
        CustomDataIdentifier plain = CustomDataIdentifier.of("n", null, "x", null, null, null, null);
        assertEquals(Optional.of(Severity.MEDIUM), plain.severityFor(1), "Macie's default: Medium from one occurrence");
        assertEquals(Optional.empty(), plain.severityFor(0));
    }
}
