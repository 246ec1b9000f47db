package dev.ferret.core.result;

import dev.ferret.core.extract.DocumentInfo;

import java.util.List;

/**
 * The outcome for one document: the object itself, or one file inside an archive.
 *
 * @param mimeType       detected media type, e.g. {@code text/csv}
 * @param sizeClassified bytes of this document that were read
 * @param detections     one summary per identifier found, in catalogue order
 */
public record DocumentResult(DocumentInfo document, String mimeType, long sizeClassified, ScanStatus status,
                             List<DetectionSummary> detections) {

    public DocumentResult {
        detections = List.copyOf(detections);
    }

    public long totalDetections() {
        return detections.stream().mapToLong(DetectionSummary::count).sum();
    }
}
