package dev.ferret.s3.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.core.source.ObjectRef;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state directory of a job: {@code log.jsonl}, an append-only log of runs, finished objects and checkpoints, and
 * {@code job.json}, the last completed run, replaced atomically when a run completes.
 * <p>
 * A run numbered one above the last completed run is the current run. If the log already holds its start, the run was
 * interrupted and is resumed: objects logged before its last checkpoint are finished, and the output files are cut back
 * to the lengths that checkpoint recorded. Objects logged by completed runs form the baseline of an incremental run (the
 * latest version of each object). Log lines after the last checkpoint, or a torn last line, belong to no checkpoint and
 * are dropped on reading.
 */
final class JobState implements AutoCloseable {

    static final String LOG = "log.jsonl";
    static final String COMPLETED = "job.json";
    private static final String COMPLETED_TMP = COMPLETED + ".tmp";
    static final List<String> FILES = List.of(LOG, COMPLETED, COMPLETED_TMP);

    private final Path dir;
    private final String jobId;
    private final int run;
    private final Map<String, Long> resumeOffsets;
    private final Set<ObjectVersion> finished;
    private final Map<Long, Long> baseline;
    private final FileChannel log;
    private final StringBuilder pending = new StringBuilder();

    private JobState(Path dir, String jobId, int run, Map<String, Long> resumeOffsets, Set<ObjectVersion> finished,
                     Map<Long, Long> baseline, FileChannel log) {
        this.dir = dir;
        this.jobId = jobId;
        this.run = run;
        this.resumeOffsets = resumeOffsets;
        this.finished = finished;
        this.baseline = baseline;
        this.log = log;
    }

    /** Opens or creates the state of job {@code jobId} in {@code dir}. */
    static JobState open(Path dir, String jobId) throws IOException {
        Files.createDirectories(dir);
        int completed = lastCompletedRun(dir.resolve(COMPLETED), jobId);
        int run = completed + 1;
        Path logFile = dir.resolve(LOG);
        Map<Long, Long> baseline = new HashMap<>();
        Set<ObjectVersion> finished = new HashSet<>();
        Set<ObjectVersion> sinceCheckpoint = new HashSet<>();
        Map<String, Long> offsets = null;
        long validLength = 0;
        long checkpointEnd = 0;
        if (Files.exists(logFile)) {
            // read line by line, so a long history never sits in memory whole; only lines ended by \n count
            try (InputStream in = new BufferedInputStream(Files.newInputStream(logFile))) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                long position = 0;
                for (int b = in.read(); b >= 0; b = in.read()) {
                    position++;
                    if (b != '\n') {
                        buffer.write(b);
                        continue;
                    }
                    JsonNode line;
                    try {
                        line = MacieJson.MAPPER.readTree(buffer.toString(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        break; // not written whole: nothing after it was checkpointed
                    }
                    buffer.reset();
                    validLength = position;
                    int lineRun = line.path("run").asInt();
                    switch (line.path("type").asText()) {
                        case "object" -> {
                            ObjectVersion v = new ObjectVersion(line.path("identity").asLong(), line.path("version").asLong());
                            if (lineRun <= completed) {
                                baseline.put(v.identity(), v.version());
                            } else if (lineRun == run) {
                                sinceCheckpoint.add(v);
                            }
                        }
                        case "start", "checkpoint" -> {
                            if (lineRun == run) {
                                offsets = offsets(line.path("outputs"));
                                checkpointEnd = position;
                                finished.addAll(sinceCheckpoint);
                                sinceCheckpoint.clear();
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
        FileChannel log = FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        // drop a torn last line (it would glue onto the next one) and, when resuming, the objects logged after the
        // last checkpoint: their output was cut away, so they are scanned again and must not read as finished later
        long keep = offsets != null ? checkpointEnd : validLength;
        log.truncate(keep);
        log.position(keep);
        return new JobState(dir, jobId, run, offsets, finished, baseline, log);
    }

    int run() {
        return run;
    }

    /** Whether this run was started before and is being resumed. */
    boolean resuming() {
        return resumeOffsets != null;
    }

    /** The output lengths at the resumed run's last checkpoint, by output name; empty when not resuming. */
    Map<String, Long> resumeOffsets() {
        return resumeOffsets == null ? Map.of() : resumeOffsets;
    }

    /** Whether the resumed run finished this object (this version of it) before it stopped. */
    boolean finishedBefore(ObjectRef ref) {
        return finished.contains(ObjectVersion.of(ref));
    }

    /** Whether a completed run scanned this object at this version. */
    boolean unchangedSinceCompletedRun(ObjectRef ref) {
        ObjectVersion v = ObjectVersion.of(ref);
        Long seen = baseline.get(v.identity());
        return seen != null && seen == v.version();
    }

    /** Logs the start of a new run with its outputs' lengths, durably. */
    void started(Map<String, Long> outputs) throws IOException {
        append(record("start").set("outputs", outputsNode(outputs)));
        sync();
    }

    /** Logs a finished object; it counts as finished once the next checkpoint is synced. */
    void finished(ObjectRef ref, String status) {
        ObjectVersion v = ObjectVersion.of(ref);
        ObjectNode line = record("object");
        line.put("identity", v.identity());
        line.put("version", v.version());
        line.put("status", status);
        append(line);
    }

    /** Logs the outputs' lengths after the objects logged so far, and forces the log to disk. */
    void checkpoint(Map<String, Long> outputs) throws IOException {
        append(record("checkpoint").set("outputs", outputsNode(outputs)));
        sync();
    }

    /** Records this run as the last completed one: written to a temporary file, forced, then moved into place. */
    void complete() throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("jobId", jobId);
        node.put("lastCompletedRun", run);
        Path tmp = dir.resolve(COMPLETED_TMP);
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap((MacieJson.compact(node) + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(COMPLETED), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(COMPLETED), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        log.close();
    }

    private ObjectNode record(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        node.put("run", run);
        return node;
    }

    private void append(JsonNode line) {
        pending.append(MacieJson.compact(line)).append('\n');
    }

    private void sync() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(pending.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            log.write(bytes);
        }
        pending.setLength(0);
        log.force(false);
    }

    private static ObjectNode outputsNode(Map<String, Long> outputs) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        outputs.forEach(node::put);
        return node;
    }

    private static Map<String, Long> offsets(JsonNode outputs) {
        Map<String, Long> offsets = new LinkedHashMap<>();
        outputs.properties().forEach(e -> offsets.put(e.getKey(), e.getValue().asLong()));
        return offsets;
    }

    private static int lastCompletedRun(Path file, String jobId) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        JsonNode node = MacieJson.MAPPER.readTree(file.toFile());
        if (!jobId.equals(node.path("jobId").asText())) {
            throw new IOException(file + " belongs to job " + node.path("jobId").asText() + ", not " + jobId
                    + ": give each job its own state directory");
        }
        return node.path("lastCompletedRun").asInt();
    }
}
