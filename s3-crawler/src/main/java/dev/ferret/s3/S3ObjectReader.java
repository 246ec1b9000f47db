package dev.ferret.s3;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Opens S3 objects as streams. An object up to one part long is read with one GET; a longer one with ranged GETs of
 * {@code partSize} bytes, {@code partsInFlight} of them ahead of the reader, so memory per open object stays under
 * {@code partsInFlight × partSize} however large the object. Every GET carries {@code If-Match} with the listed ETag.
 */
public final class S3ObjectReader {

    /** How objects are read. */
    public record Settings(int partSize, int partsInFlight, int maxAttempts) {

        /** 8 MiB parts, three ahead, five tries per part on top of the SDK's own retries. */
        public static final Settings DEFAULTS = new Settings(8 << 20, 3, 5);

        public Settings {
            if (partSize < 1 || partsInFlight < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("partSize, partsInFlight and maxAttempts must be positive");
            }
        }
    }

    private final S3AsyncClient client;
    private final Settings settings;
    private final S3Retry retry;

    public S3ObjectReader(S3AsyncClient client, Settings settings) {
        this.client = client;
        this.settings = settings;
        this.retry = new S3Retry(settings.maxAttempts());
    }

    Settings settings() {
        return settings;
    }

    S3Retry retry() {
        return retry;
    }

    InputStream open(S3ObjectRef ref) {
        return new RangedObjectStream(this, ref);
    }

    /** GETs bytes {@code first..last} of the object (the whole object when {@code first < 0}). */
    CompletableFuture<ResponseBytes<GetObjectResponse>> get(S3ObjectRef ref, long first, long last) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
        if (ref.eTag() != null) {
            request.ifMatch('"' + ref.eTag() + '"');
        }
        if (!ref.versionId().isEmpty()) {
            request.versionId(ref.versionId());
        }
        if (first >= 0) {
            request.range("bytes=" + first + "-" + last);
        }
        return client.getObject(request.build(), AsyncResponseTransformer.toBytes());
    }
}
