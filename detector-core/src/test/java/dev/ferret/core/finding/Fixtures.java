package dev.ferret.core.finding;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.SeverityByCount;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-built identifiers and scan results for the renderer tests. */
final class Fixtures {

    static final Instant JOB_TIME = Instant.parse("2026-01-02T03:04:05.678Z");
    static final String JOB_ID = "0123456789abcdef0123456789abcdef";
    static final FindingContext CONTEXT = FindingContext.defaults(JOB_ID, JOB_TIME);

    private Fixtures() {
    }

    static IdentifierDefinition identifier(String id, Category category, String severity) {
        return new IdentifierDefinition(id, category, List.of("ANY"), id, "x", false, List.of(), KeywordRule.NONE,
                30, List.of(), "none", SeverityByCount.parse(severity), false, false, List.of(), List.of());
    }

    static LocalFileRef file(String key) {
        return new LocalFileRef("bucket", key, Path.of("/nonexistent", key), 100, Instant.parse("2025-12-31T23:59:59Z"));
    }

    /** {@code count} detections of {@code id} with locations on lines 1..min(count, located). */
    static DetectionSummary detections(IdentifierDefinition id, long count, int located) {
        List<Location> locations = new ArrayList<>();
        for (int i = 1; i <= Math.min(count, located); i++) {
            locations.add(new LineRange(i, i, 1));
        }
        return new DetectionSummary(id, count, locations);
    }

    static DocumentResult document(String name, DetectionSummary... detections) {
        return new DocumentResult(DocumentInfo.object(name, 100, null), "text/plain", 100, ScanStatus.COMPLETE,
                List.of(detections));
    }

    static ObjectScanResult result(String key, DetectionSummary... detections) {
        return new ObjectScanResult(file(key), "d41d8cd98f00b204e9800998ecf8427e", List.of(document(key, detections)));
    }

    static MacieRecordRenderer renderer(IdentifierDefinition... catalogue) {
        return new MacieRecordRenderer(CONTEXT, List.of(catalogue));
    }
}
