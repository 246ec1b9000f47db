package dev.ferret.core;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.source.StreamRef;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Macie counts and locates NAME and ADDRESS only up to 1,000 per file; other identifiers are not capped. */
class DetectionCapTest {

    @Test
    void nameAndAddressStopAtTheirPerFileCapWhileOthersCountOn() {
        List<IdentifierDefinition> identifiers = ManagedCatalogue.get().all().stream()
                .filter(d -> List.of("NAME", "ADDRESS", "EMAIL_ADDRESS").contains(d.id())).toList();
        StringBuilder text = new StringBuilder();
        int lines = 1_200;
        for (int i = 0; i < lines; i++) {
            text.append("Patient: John Smith, john").append(i).append("@example.org, ")
                    .append(i + 1).append(" Main St, Springfield, IL 62704\n");
        }
        try (Scanner scanner = new Scanner(IdentifierSet.compile(identifiers, EngineChoice.AUTO),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS)) {
            DocumentResult result = scanner.scan(new StreamRef("patients.txt",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)))).top();
            assertEquals(1_000, summary(result, "NAME").count());
            assertEquals(1_000, summary(result, "NAME").locations().size());
            assertEquals(1_000, summary(result, "ADDRESS").count());
            assertEquals(lines, summary(result, "EMAIL_ADDRESS").count());
        }
    }

    private static DetectionSummary summary(DocumentResult result, String id) {
        return result.detections().stream().filter(d -> d.identifier().id().equals(id)).findFirst().orElseThrow();
    }
}
