package dev.ferret.s3.job;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of a job did. Every listed object is counted once, either as scanned or as skipped with a reason, so
 * {@code listed == scanned + sum(skipped)}. Skip reasons are the scope's ({@code not-included:*}, {@code excluded:*},
 * {@code not-sampled}, {@code tags-unreadable}), the job's ({@code finished-before-resume}, {@code unchanged}) and the
 * scanner's ({@code status:<Macie reason>} for an object read but not classified, such as an unsupported file type).
 */
public final class JobStatistics {

    private final String jobId;
    private final int run;
    private final boolean incremental;
    private final boolean resumed;
    private final Instant startedAt;
    private Instant finishedAt;
    private Duration duration = Duration.ZERO;
    private long listedObjects;
    private long listedBytes;
    private long scannedObjects;
    private long scannedBytes;
    private long withFindings;
    private final Map<String, Long> skipped = new TreeMap<>();

    JobStatistics(String jobId, int run, boolean incremental, boolean resumed, Instant startedAt) {
        this.jobId = jobId;
        this.run = run;
        this.incremental = incremental;
        this.resumed = resumed;
        this.startedAt = startedAt;
    }

    void listed(long size) {
        listedObjects++;
        listedBytes += Math.max(size, 0);
    }

    void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void scanned(long bytes, boolean found) {
        scannedObjects++;
        scannedBytes += bytes;
        if (found) {
            withFindings++;
        }
    }

    void finished(Instant at, Duration took) {
        finishedAt = at;
        duration = took;
    }

    public long listedObjects() {
        return listedObjects;
    }

    public long scannedObjects() {
        return scannedObjects;
    }

    public long withFindings() {
        return withFindings;
    }

    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** Bytes scanned per second over the run's duration, in MB (10^6 bytes). */
    public double megabytesPerSecond() {
        double seconds = duration.toNanos() / 1e9;
        return seconds <= 0 ? 0 : scannedBytes / 1e6 / seconds;
    }

    /** The summary record that ends a job's results file: {@code {"jobSummary": {...}}} (see docs/jobs.md). */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode s = root.putObject("jobSummary");
        s.put("jobId", jobId);
        s.put("run", run);
        s.put("incremental", incremental);
        s.put("resumed", resumed);
        s.put("startedAt", MacieJson.time(startedAt));
        s.put("finishedAt", MacieJson.time(finishedAt));
        s.put("durationSeconds", duration.toMillis() / 1000.0);
        ObjectNode objects = s.putObject("objects");
        objects.put("listed", listedObjects);
        objects.put("scanned", scannedObjects);
        objects.put("withFindings", withFindings);
        ObjectNode reasons = objects.putObject("skipped");
        skipped.forEach(reasons::put);
        ObjectNode bytes = s.putObject("bytes");
        bytes.put("listed", listedBytes);
        bytes.put("scanned", scannedBytes);
        s.put("megabytesPerSecond", Math.round(megabytesPerSecond() * 100) / 100.0);
        return root;
    }

    /** A few lines for people, for stderr. */
    public String toText() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "job %s run %d%s: %d objects (%d bytes) listed, %d scanned (%d bytes), %d with findings, %.1f s, %.2f MB/s%n",
                jobId, run, resumed ? " (resumed)" : incremental ? " (incremental)" : "", listedObjects, listedBytes,
                scannedObjects, scannedBytes, withFindings, duration.toMillis() / 1000.0, megabytesPerSecond()));
        if (!skipped.isEmpty()) {
            text.append("  skipped:");
            skipped.forEach((reason, n) -> text.append(' ').append(reason).append('=').append(n));
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
