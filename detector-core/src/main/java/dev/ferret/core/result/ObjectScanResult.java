package dev.ferret.core.result;

import dev.ferret.core.source.ObjectRef;

import java.util.List;

/**
 * The outcome of scanning one object.
 *
 * @param object    what was scanned
 * @param eTag      the store's ETag, or for local files the hex MD5 of the content (S3's single-part ETag)
 * @param documents the object itself first, then every file inside it if it is an archive, in archive order
 */
public record ObjectScanResult(ObjectRef object, String eTag, List<DocumentResult> documents) {

    public ObjectScanResult {
        documents = List.copyOf(documents);
    }

    /** The result of the object itself (not of a file inside it). */
    public DocumentResult top() {
        return documents.get(0);
    }

    public boolean hasDetections() {
        return documents.stream().anyMatch(d -> !d.detections().isEmpty());
    }
}
