package dev.ferret.core.extract;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.RecordLocation;
import dev.ferret.core.location.Location;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The extractors inside the real pipeline: keywords found through column names and JSON path names, and not across
 * cells; locations as the Scanner reports them.
 */
class ScannerExtractionTest {

    private static Scanner scanner;

    @BeforeAll
    static void compile() {
        IdentifierSet set = IdentifierSet.compile(
                List.of(ManagedCatalogue.get().byId("USA_SOCIAL_SECURITY_NUMBER").orElseThrow()), EngineChoice.RE2J);
        scanner = new Scanner(set, ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS);
    }

    @AfterAll
    static void close() {
        scanner.close();
    }

    private static ObjectScanResult scan(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return scanner.scan(new LocalFileRef("local", name, file, Files.size(file), null));
    }

    private static List<Location> locations(DocumentResult result) {
        return result.detections().stream().flatMap(d -> d.locations().stream()).toList();
    }

    @Test
    void aCsvColumnNamedSsnIsTheKeywordForItsCellsOnly(@TempDir Path dir) throws IOException {
        ObjectScanResult result = scan(dir, "people.csv", "name,SSN,order\nann,536-90-4399,536-90-4398\nbob,536-90-4397,x\n");
        DocumentResult top = result.top();
        assertEquals(ScanStatus.COMPLETE, top.status());
        assertEquals(List.of(new CellLocation(2, 2, "SSN", null), new CellLocation(3, 2, "SSN", null)), locations(top));
    }

    @Test
    void aJsonFieldNamedSsnIsTheKeywordForItsValue(@TempDir Path dir) throws IOException {
        ObjectScanResult result = scan(dir, "c.json", "{\"customers\": [{\"ssn\": \"536-90-4399\", \"ref\": \"536-90-4398\"}]}");
        assertEquals(List.of(new RecordLocation(0, "$.customers[0].ssn")), locations(result.top()));
    }

    @Test
    void plainTextReportsLineAndColumn(@TempDir Path dir) throws IOException {
        ObjectScanResult result = scan(dir, "notes.txt", "hello\r\nmy ssn is 536-90-4399\n");
        assertEquals(List.of(new LineRange(2, 2, 11)), locations(result.top()));
        assertEquals(1, result.top().detections().stream().mapToLong(DetectionSummary::count).sum());
    }
}
