package dev.ferret.s3.watch;

import dev.ferret.core.source.ObjectRef;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

/**
 * An object named by an S3 event, read with one streamed GET. Size, ETag and version come from the event. A missing
 * object reads as {@link NoSuchFileException} and a denied one as {@link AccessDeniedException}, which the scanner
 * reports as Macie's SOURCE_OBJECT_NO_LONGER_AVAILABLE and PERMISSION_DENIED.
 * Any other failure is remembered as {@link #transientFailure()}, so that the message is retried rather than the
 * object recorded as unreadable. (Deliberately small: at merge, issue 5's S3 object ref, with ranged reads and
 * retries, replaces it.)
 */
final class S3GetRef implements ObjectRef {

    private final S3AsyncClient s3;
    private final S3Notification.CreatedObject object;
    private volatile IOException transientFailure;

    S3GetRef(S3AsyncClient s3, S3Notification.CreatedObject object) {
        this.s3 = s3;
        this.object = object;
    }

    /** The failure of the last open that was neither 404 nor 403, or {@code null}. */
    IOException transientFailure() {
        return transientFailure;
    }

    @Override
    public String bucket() {
        return object.bucket();
    }

    @Override
    public String key() {
        return object.key();
    }

    @Override
    public long size() {
        return object.size();
    }

    @Override
    public Instant lastModified() {
        return object.time();
    }

    @Override
    public String versionId() {
        return object.versionId();
    }

    @Override
    public String eTag() {
        return object.eTag();
    }

    @Override
    public InputStream open() throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket()).key(key()).versionId(versionId().isEmpty() ? null : versionId()),
                    AsyncResponseTransformer.toBlockingInputStream()).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof S3Exception s3e) {
                String where = "s3://" + bucket() + "/" + key();
                switch (s3e.statusCode()) {
                    case 404 -> throw new NoSuchFileException(where);
                    case 403 -> throw new AccessDeniedException(where);
                    default -> throw transientFailure = new IOException("GET failed with HTTP " + s3e.statusCode(), s3e);
                }
            }
            throw transientFailure = new IOException("GET failed: " + e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while opening the object");
        }
    }
}
