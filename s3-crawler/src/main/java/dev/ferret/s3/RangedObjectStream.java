package dev.ferret.s3;

import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.UnreadableObjectException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An S3 object as a stream of parts fetched ahead of the reader. A part is requested only when one of the parts in
 * the window has been handed to the reader, which is the back-pressure: a slow extractor slows the downloads instead
 * of filling memory. A part that fails is fetched again, whole, with backoff; a failure for good is kept and thrown by
 * every later read, so that the caller sees it even after an extractor has swallowed the first one.
 */
final class RangedObjectStream extends InputStream {

    private record Part(long first, long last, CompletableFuture<byte[]> bytes) {
    }

    private final S3ObjectReader reader;
    private final S3ObjectRef ref;
    private final Deque<Part> window = new ArrayDeque<>();
    private long nextFirst;
    private byte[] buffer = new byte[0];
    private int position;
    private IOException failure;
    private boolean closed;

    RangedObjectStream(S3ObjectReader reader, S3ObjectRef ref) {
        this.reader = reader;
        this.ref = ref;
        if (ref.size() < 0 || ref.size() <= reader.settings().partSize()) {
            window.add(new Part(-1, -1, fetch(-1, -1)));
            nextFirst = Math.max(ref.size(), 0);
        } else {
            fill();
        }
    }

    private void fill() {
        int partSize = reader.settings().partSize();
        while (window.size() < reader.settings().partsInFlight() && nextFirst < ref.size()) {
            long last = Math.min(nextFirst + partSize, ref.size()) - 1;
            window.add(new Part(nextFirst, last, fetch(nextFirst, last)));
            nextFirst = last + 1;
        }
    }

    private CompletableFuture<byte[]> fetch(long first, long last) {
        return reader.get(ref, first, last).thenApply(response -> checked(response, first, last));
    }

    /** The part's bytes, if they are of the listed object and as long as asked. */
    private byte[] checked(ResponseBytes<GetObjectResponse> response, long first, long last) {
        GetObjectResponse head = response.response();
        String eTag = S3ObjectRef.stripQuotes(head.eTag());
        if (ref.eTag() != null && eTag != null && !Objects.equals(eTag, ref.eTag())) {
            // a store that ignores If-Match still tells us by the ETag it sends
            throw new CompletionException(new UnreadableObjectException(StatusReason.OBJECT_VERSION_MISMATCH,
                    "object changed while it was being read (its ETag differs from the listing's)"));
        }
        byte[] bytes = response.asByteArrayUnsafe();
        if (first >= 0 && bytes.length != last - first + 1) {
            throw new CompletionException(new IOException(
                    "part " + first + "-" + last + " came back with " + bytes.length + " bytes"));
        }
        ref.versionRead(head.versionId());
        String sse = head.serverSideEncryptionAsString();
        ref.encryptionType(sse == null ? "NONE" : sse);
        return bytes;
    }

    /** Moves to the next part; false at the end of the object. */
    private boolean advance() throws IOException {
        Part part = window.poll();
        if (part == null) {
            return false;
        }
        try {
            buffer = reader.retry().await(part.bytes(), () -> fetch(part.first(), part.last()));
        } catch (S3Retry.Failed e) {
            UnreadableObjectException unreadable = S3Errors.forRead(e.getCause(), e.attempts);
            // forRead gives this reason to every failure that is not the object's own state (missing, denied, changed,
            // archived): S3 throttling or unavailable, broken connections, client failures; another try later may pass
            if (unreadable.reason() == StatusReason.UNABLE_TO_PARSE_FILE) {
                ref.gaveUpOn(unreadable);
            }
            failure = unreadable;
            cancelAll();
            throw failure;
        }
        position = 0;
        fill();
        return true;
    }

    private void ensureReadable() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IOException("stream closed");
        }
    }

    @Override
    public int read() throws IOException {
        ensureReadable();
        while (position == buffer.length) {
            if (!advance()) {
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureReadable();
        if (len == 0) {
            return 0;
        }
        while (position == buffer.length) {
            if (!advance()) {
                return -1;
            }
        }
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return closed ? 0 : buffer.length - position;
    }

    private void cancelAll() {
        for (Part part : window) {
            part.bytes().cancel(true);
        }
        window.clear();
    }

    @Override
    public void close() {
        closed = true;
        buffer = new byte[0];
        position = 0;
        cancelAll();
    }
}
