package dev.ferret.core.confirm;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A keyword in a column header counts as it is written, punctuation included, and as words. */
class ColumnNameKeywordTest {

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

    private static Scanner scanner(String identifier, EngineChoice engine) {
        return new Scanner(IdentifierSet.compile(List.of(ManagedCatalogue.get().byId(identifier).orElseThrow()), engine),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
    }

    private long count(Scanner scanner, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return scanner.scan(new LocalFileRef("test", name, file, Files.size(file), Instant.EPOCH)).top().detections()
                .stream().mapToLong(DetectionSummary::count).sum();
    }
}
