package dev.ferret.s3.job;

import dev.ferret.core.source.ObjectRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * 64-bit fingerprints of an object's identity (bucket and key) and of its version (its ETag where the store has one,
 * else its version ID, else size and last-modified time, as for local files, whose ETag is known only after reading).
 * The ETag comes first because an S3 object's version ID may be learnt only by reading it, and the fingerprint taken
 * after the scan must equal the one taken from the next listing. The job
 * state keeps fingerprints, not keys, so it stays small; a collision needs about 4 billion objects in one job.
 */
record ObjectVersion(long identity, long version) {

    static ObjectVersion of(ObjectRef ref) {
        return new ObjectVersion(hash(ref.bucket() + '\0' + ref.key()), hash(signature(ref)));
    }

    /** What changes when the object's content changes: {@code e:ETAG}, {@code v:VERSION} or {@code m:SIZE:MILLIS}. */
    static String signature(ObjectRef ref) {
        if (ref.eTag() != null) {
            return "e:" + ref.eTag();
        }
        if (!ref.versionId().isEmpty()) {
            return "v:" + ref.versionId();
        }
        return "m:" + ref.size() + ':' + (ref.lastModified() == null ? "" : ref.lastModified().toEpochMilli());
    }

    private static long hash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            return bits;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
