package dev.ferret.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Where one object lives and how to read it: an S3 object or a local file. Sources list refs lazily; nothing here
 * holds the content.
 */
public interface ObjectRef {

    /** Bucket name; for a local scan, the name of the scanned folder. */
    String bucket();

    /** Object key; for a local file, its path relative to the scanned folder, with {@code /} separators. */
    String key();

    /** Size in bytes, or -1 if unknown (stdin). */
    long size();

    /** Last-modified time, or {@code null} if unknown. */
    Instant lastModified();

    /** The version ID, or {@code ""} when the store has none (Macie reports {@code ""} for unversioned objects). */
    default String versionId() {
        return "";
    }

    /** The store's ETag, or {@code null} when the store has none and the scanner should compute its MD5 equivalent. */
    default String eTag() {
        return null;
    }

    /**
     * The S3 storage class as Macie names it ({@code STANDARD}, {@code GLACIER_IR}, ...). Local files and stdin report
     * {@code STANDARD}: they are readable at once, which is what the class means to a scan.
     */
    default String storageClass() {
        return "STANDARD";
    }

    /**
     * Macie's {@code serverSideEncryption.encryptionType} of the object: {@code NONE}, {@code AES256}, {@code aws:kms},
     * {@code aws:kms:dsse}, or {@code UNKNOWN} when the source has not looked (the default).
     */
    default String encryptionType() {
        return "UNKNOWN";
    }

    /** Opens the content; the caller closes it. */
    InputStream open() throws IOException;

    /** File name of the key, used to detect the format. */
    default String name() {
        String key = key();
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
