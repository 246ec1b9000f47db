package dev.ferret.core.confirm;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.identifiers.allow.AllowLists;
import dev.ferret.identifiers.custom.CustomDataIdentifier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Macie's custom identifier semantics, on each engine: keywords precede, distance to the match's end, ignore words, allow lists. */
class CustomIdentifierDetectionTest {

    private static final IdentifierDefinition EMPLOYEE = CustomDataIdentifier.of("EmployeeIDs", null, "EMP-[0-9]{6}",
            List.of("employee"), null, 50, null).toDefinition();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void keywordMustPrecedeTheMatch(EngineChoice engine) {
        assertEquals(List.of("EMP-123456"), Detect.found(EMPLOYEE, engine, "Employee EMP-123456"));
        assertEquals(List.of(), Detect.found(EMPLOYEE, engine, "EMP-123456 employee"),
                "a keyword after the match does not count for a custom identifier");
        assertEquals(List.of(), Detect.found(EMPLOYEE, engine, "EMP-123456"));
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void distanceRunsFromTheKeywordsEndToTheMatchsEnd(EngineChoice engine) {
        IdentifierDefinition badge = CustomDataIdentifier.of("Badge", null, "[0-9]{6}", List.of("badge"), null, 12, null)
                .toDefinition();
        // "badge" ends at 5; the match ends at 5 + 1 + gap + 6, so it is within 12 for a gap of at most 5
        for (int gap = 0; gap <= 8; gap++) {
            String text = "badge " + "x".repeat(gap) + "123456";
            List<String> expected = gap <= 5 ? List.of("123456") : List.of();
            assertEquals(expected, Detect.found(badge, engine, text), "gap " + gap);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void ignoreWordsDropMatchesContainingThemCaseSensitively(EngineChoice engine) {
        IdentifierDefinition code = CustomDataIdentifier.of("Code", null, "(?i)[a-z]{4}-[0-9]{4}", null, List.of("TEST"), null, null)
                .toDefinition();
        assertEquals(List.of("ABCD-1234", "test-1234"), Detect.found(code, engine, "TEST-1234 ABCD-1234 test-1234"));
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void allowListsApplyToCustomAndManagedIdentifiers(EngineChoice engine) {
        IdentifierDefinition ssn = ManagedCatalogue.get().byId("USA_SOCIAL_SECURITY_NUMBER").orElseThrow();
        AllowLists lists = AllowLists.of(List.of(List.of("emp-000001", "536-90-4399")), List.of("EMP-9[0-9]{5}"));
        String text = "employee EMP-000001 EMP-912345 EMP-812345 ssn 536-90-4399 ssn 536-90-4398";
        assertEquals(List.of("EMP-000001", "EMP-912345", "EMP-812345", "536-90-4399", "536-90-4398"),
                Detect.found(List.of(EMPLOYEE, ssn), AllowLists.NONE, engine, text), "all are found without allow lists");
        assertEquals(List.of("EMP-812345", "536-90-4398"), Detect.found(List.of(EMPLOYEE, ssn), lists, engine, text));
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void columnNameOrAPrecedingKeywordInTheSameCellCounts(EngineChoice engine) throws IOException {
        try (Scanner scanner = scanner(engine)) {
            assertEquals(2, count(scanner, "ids.csv", "Employee,name\nEMP-123456,Ann\nEMP-654321,Bob\n"));
            assertEquals(1, count(scanner, "cell.csv", "code,note\nemployee EMP-123456,x\nEMP-654321 employee,y\n"));
            assertEquals(0, count(scanner, "other.csv", "code,employee\nEMP-123456,Ann\n"),
                    "a keyword in another cell of the row does not count");
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void aPathElementNameOrAPrecedingKeywordInTheSameValueCounts(EngineChoice engine) throws IOException {
        try (Scanner scanner = scanner(engine)) {
            assertEquals(1, count(scanner, "a.json", "{\"employee\": {\"code\": \"EMP-123456\"}}"));
            assertEquals(1, count(scanner, "b.json", "{\"code\": \"employee EMP-123456\"}"));
            assertEquals(0, count(scanner, "c.json", "{\"code\": \"EMP-123456 employee\", \"note\": \"employee\"}"));
        }
    }

    private Scanner scanner(EngineChoice engine) {
        return new Scanner(IdentifierSet.compile(List.of(EMPLOYEE), engine),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
    }

    private long count(Scanner scanner, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return scanner.scan(new LocalFileRef("test", name, file, Files.size(file), Instant.EPOCH)).top().detections()
                .stream().mapToLong(DetectionSummary::count).sum();
    }
}
