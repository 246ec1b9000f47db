package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.source.StreamRef;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real scan rendered as finding and result records: the detected values appear in neither. */
class NoValuesInRecordsTest {

    @Test
    void renderedRecordsHoldNoDetectedValue() throws Exception {
        String ssn = "536-90-4399";
        String email = "wanda.quill@example.org";
        String text = "customer record\nSSN: " + ssn + "\ncontact " + email + "\n";
        try (Scanner scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.RE2J),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS)) {
            ObjectScanResult scan = scanner.scan(new StreamRef("note.txt",
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
            assertTrue(scan.hasDetections(), "the planted values must be found for this test to mean anything");
            MacieRecordRenderer renderer = new MacieRecordRenderer(Fixtures.CONTEXT, scanner.identifiers().identifiers());
            List<ObjectNode> records = new ArrayList<>(renderer.results(scan));
            records.add(renderer.finding(scan).orElseThrow());
            for (ObjectNode record : records) {
                String json = MacieJson.MAPPER.writeValueAsString(record);
                for (String value : List.of(ssn, "536904399", email, "wanda.quill")) {
                    assertFalse(json.contains(value), "a detected value leaked into " + json);
                }
            }
        }
    }
}
