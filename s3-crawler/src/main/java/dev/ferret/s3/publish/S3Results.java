package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPOutputStream;

/**
 * Results under an S3 prefix, laid out as Macie lays out its results repository
 * ({@code prefix/AWSLogs/ACCOUNT/Macie/REGION/JOB/ACCOUNT/}), as gzip JSON Lines objects. Records are buffered and
 * uploaded as one object per flush, or when the buffer reaches {@value #FLUSH_BYTES} bytes, so memory stays bounded.
 */
public final class S3Results implements ResultsSink {

    static final int FLUSH_BYTES = 8 * 1024 * 1024;

    private final S3AsyncClient s3;
    private final String bucket;
    private final String keyPrefix;
    private final long startMillis = System.currentTimeMillis();
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private GZIPOutputStream gzip;
    private int pendingRecords;
    private int sequence;

    /**
     * @param uri {@code s3://bucket/prefix}
     */
    public S3Results(S3AsyncClient s3, URI uri, String accountId, String region, String jobId) {
        if (!"s3".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("results location must look like s3://bucket/prefix, got " + uri);
        }
        this.s3 = s3;
        this.bucket = uri.getHost();
        String prefix = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        this.keyPrefix = (prefix.isEmpty() ? "" : prefix + "/") + "AWSLogs/" + accountId + "/Macie/" + region + "/"
                + jobId + "/" + accountId + "/";
    }

    @Override
    public synchronized void write(List<ObjectNode> records) throws IOException {
        if (gzip == null) {
            gzip = new GZIPOutputStream(buffer);
        }
        for (ObjectNode record : records) {
            gzip.write(MacieJson.compact(record).getBytes(StandardCharsets.UTF_8));
            gzip.write('\n');
            pendingRecords++;
        }
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pendingRecords == 0) {
            return;
        }
        gzip.finish();
        // the start time and a sequence make names unique per run and sorted in write order
        String key = keyPrefix + startMillis + "-" + String.format("%06d", sequence++) + ".jsonl.gz";
        try {
            s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/x-ndjson").contentEncoding("gzip"),
                    AsyncRequestBody.fromBytes(buffer.toByteArray())).get();
        } catch (ExecutionException e) {
            throw new IOException("could not upload results to s3://" + bucket + "/" + key, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while uploading results");
        }
        buffer = new ByteArrayOutputStream();
        gzip = null;
        pendingRecords = 0;
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + keyPrefix;
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
    }
}
