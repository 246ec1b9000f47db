package dev.ferret.core.confirm;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.identifiers.SeverityByCount;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A keyword in a column header or JSON key counts as it is written, punctuation included, and as words: keywords that
 * end in a full stop ("hic no.") or are written with dots (N.I.T., r.f.c.) name a column as they name a value in prose.
 */
class ColumnNameKeywordTest {

    private static final String NIT = "900.123.456-8";
    private static final IdentifierDefinition COLOMBIA_NIT = new IdentifierDefinition("TEST_COLOMBIA_NIT",
            Category.PERSONAL_INFORMATION, List.of("CO"), "test", "\\b[89][0-9]{2}\\.?[0-9]{3}\\.?[0-9]{3}-?[0-9]\\b",
            false, List.of("nit", "n.i.t."), KeywordRule.REQUIRED, 30, List.of(), "none", SeverityByCount.parse("MMH"),
            false, false, List.of(), List.of());

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void keywordsEndingInAFullStopMatchTheHeaderThatHoldsThem(EngineChoice engine) throws IOException {
        try (Scanner scanner = scanner("SWEDEN_DRIVERS_LICENSE", engine)) {
            assertEquals(2, count(scanner, "dotted.csv", "drivere lic.,note\n811228-9874,a\n6403273813,b\n"));
            assertEquals(2, count(scanner, "words.csv", "korkortsnummer,note\n811228-9874,a\n6403273813,b\n"));
            assertEquals(0, count(scanner, "none.csv", "drivere,note\n811228-9874,a\n6403273813,b\n"));
        }
        try (Scanner scanner = scanner("USA_HEALTH_INSURANCE_CLAIM_NUMBER", engine)) {
            assertEquals(1, count(scanner, "hic.csv", "hic no.,plan\n212345678A,gold\n"));
            assertEquals(1, count(scanner, "camel.csv", "memberHicn,plan\n212345678A,gold\n"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void dottedKeywordsInHeadersAndKeys(EngineChoice engine) throws IOException {
        try (Scanner scanner = scanner(COLOMBIA_NIT, engine)) {
            assertEquals(2, count(scanner, "a.csv", "N.I.T.,nombre\n" + NIT + ",Ana\n" + NIT + ",Luis\n"));
            assertEquals(1, count(scanner, "b.json", "{\"n.i.t.\": \"" + NIT + "\"}"));
            assertEquals(1, count(scanner, "c.csv", "nit_empresa\n" + NIT + "\n"));
            assertEquals(0, count(scanner, "d.csv", "N.I.,T\n" + NIT + ",x\n"));
        }
    }

    private static Scanner scanner(String identifier, EngineChoice engine) {
        return scanner(ManagedCatalogue.get().byId(identifier).orElseThrow(), engine);
    }

    private static Scanner scanner(IdentifierDefinition identifier, EngineChoice engine) {
        return new Scanner(IdentifierSet.compile(List.of(identifier), engine),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
    }

    private long count(Scanner scanner, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return scanner.scan(new LocalFileRef("test", name, file, Files.size(file), Instant.EPOCH)).top().detections()
                .stream().mapToLong(DetectionSummary::count).sum();
    }
}
