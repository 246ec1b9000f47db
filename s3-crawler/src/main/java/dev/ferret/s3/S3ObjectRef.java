package dev.ferret.s3;

import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.core.source.UnreadableObjectException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An object as a bucket listing showed it. Reading it checks that it is still that object (same ETag); its
 * server-side encryption and, on a versioned bucket, its version ID are learnt from the first read, since a listing of
 * current versions shows neither.
 */
public final class S3ObjectRef implements ObjectRef {

    /** Classes whose objects must be restored before they can be read; Macie skips them the same way. */
    private static final Set<String> ARCHIVED = Set.of("GLACIER", "DEEP_ARCHIVE");

    private final String bucket;
    private final String key;
    private final long size;
    private final Instant lastModified;
    private final String eTag;
    private final String storageClass;
    private final S3ObjectReader reader;
    private volatile String versionId;
    private volatile String encryptionType = "UNKNOWN";
    private volatile UnreadableObjectException gaveUpOn;

    public S3ObjectRef(String bucket, String key, long size, Instant lastModified, String eTag, String versionId,
                       String storageClass, S3ObjectReader reader) {
        this.bucket = bucket;
        this.key = key;
        this.size = size;
        this.lastModified = lastModified;
        this.eTag = stripQuotes(eTag);
        this.versionId = versionId == null ? "" : versionId;
        this.storageClass = storageClass == null ? "STANDARD" : storageClass;
        this.reader = reader;
    }

    static S3ObjectRef listed(String bucket, S3Object object, S3ObjectReader reader) {
        return new S3ObjectRef(bucket, object.key(), object.size() == null ? -1 : object.size(), object.lastModified(),
                object.eTag(), "", object.storageClassAsString(), reader);
    }

    /** S3 writes ETags in double quotes; Macie's findings and this project's results carry them bare. */
    static String stripQuotes(String eTag) {
        if (eTag != null && eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"")) {
            return eTag.substring(1, eTag.length() - 1);
        }
        return eTag;
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Instant lastModified() {
        return lastModified;
    }

    @Override
    public String eTag() {
        return eTag;
    }

    @Override
    public String versionId() {
        return versionId;
    }

    /**
     * Takes the version ID that a GET answered with ({@code x-amz-version-id}), if the listing did not give one: absent
     * on a bucket that was never versioned, which keeps {@code ""}. Later ranged GETs then ask for that version.
     */
    void versionRead(String readVersionId) {
        if (versionId.isEmpty() && readVersionId != null) {
            versionId = readVersionId;
        }
    }

    @Override
    public String storageClass() {
        return storageClass;
    }

    @Override
    public String encryptionType() {
        return encryptionType;
    }

    void encryptionType(String type) {
        encryptionType = type;
    }

    /**
     * The failure of a read that gave up while another try later might still succeed (throttling, S3 unavailable, a
     * broken connection, a client failure), as opposed to one that is the object's own state (missing, denied, changed,
     * archived). A scan records either as the object's status; {@code watch} leaves the message to be delivered again.
     */
    public Optional<UnreadableObjectException> transientFailure() {
        return Optional.ofNullable(gaveUpOn);
    }

    void gaveUpOn(UnreadableObjectException failure) {
        gaveUpOn = failure;
    }

    /** Whether the object sits in an archive class (Glacier Flexible Retrieval, Deep Archive) and cannot be read. */
    public boolean archived() {
        return ARCHIVED.contains(storageClass);
    }

    /** Streams the content; an archived object fails at once, without a request, as Macie's INVALID_OBJECT_STATE. */
    @Override
    public InputStream open() throws IOException {
        if (archived()) {
            throw new UnreadableObjectException(StatusReason.INVALID_OBJECT_STATE,
                    "object is in storage class " + storageClass + "; restore it to scan it");
        }
        return reader.open(this);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
