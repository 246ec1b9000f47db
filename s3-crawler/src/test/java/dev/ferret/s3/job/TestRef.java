package dev.ferret.s3.job;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.source.ObjectRef;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** An object with the listing fields a job looks at, and no content. */
record TestRef(String bucket, String key, long size, Instant lastModified, String eTag, String versionId) implements ObjectRef {

    static TestRef of(String key, long size) {
        return new TestRef("bucket", key, size, Instant.parse("2024-01-01T00:00:00Z"), "etag-" + key, "");
    }

    TestRef withETag(String eTag) {
        return new TestRef(bucket, key, size, lastModified, eTag, versionId);
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(new byte[0]);
    }

    /** A result as the scanner gives it for this object, complete or skipped. */
    ObjectScanResult result(ScanStatus status) {
        DocumentInfo info = DocumentInfo.object(name(), size, lastModified);
        return new ObjectScanResult(this, eTag, List.of(new DocumentResult(info, "text/plain", size, status, List.of())));
    }
}
