package dev.ferret.s3.job;

import dev.ferret.core.finding.MacieJson;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.source.ObjectRef;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One run of a scan job: decides which listed objects to scan (scope, sampling, resume, incremental), owns the output
 * files so it can checkpoint them with the job state, and counts what happened.
 * <p>
 * Use: {@link #open}, {@link #output} for each output file, {@link #begin}, then scan what {@link #select} yields and
 * report each object's outcome, in listing order, to {@link #finished} after its records are written; finally
 * {@link #complete}. Without a state directory the job keeps no state: nothing is resumed or skipped as unchanged.
 */
public final class ScanJob implements AutoCloseable {

    /** The output that receives the summary record at the end of a job with state. */
    public static final String RESULTS = "results";

    /** Objects finished between checkpoints, at most; a kill costs at most this many rescans. */
    static final int CHECKPOINT_OBJECTS = 64;
    private static final long CHECKPOINT_NANOS = Duration.ofSeconds(1).toNanos();

    /**
     * @param jobId       32 lowercase hex
     * @param stateDir    the job's state directory, or {@code null} for a job without state
     * @param incremental scan only objects new or changed since the last completed run
     * @param tags        reads object tags for tag criteria
     */
    public record Settings(String jobId, Path stateDir, boolean incremental, ObjectScope scope, ObjectTags tags) {
    }

    private final Settings settings;
    private final JobState state;
    private final Clock clock;
    private final long startNanos = System.nanoTime();
    private final JobStatistics statistics;
    private final Map<String, JobOutputFile> outputs = new LinkedHashMap<>();
    private int sinceCheckpoint;
    private long lastCheckpointNanos = startNanos;

    private ScanJob(Settings settings, JobState state, Clock clock) {
        this.settings = settings;
        this.state = state;
        this.clock = clock;
        this.statistics = new JobStatistics(settings.jobId(), run(), settings.incremental(),
                state != null && state.resuming(), clock.instant());
    }

    public static ScanJob open(Settings settings, Clock clock) throws IOException {
        if (settings.incremental() && settings.stateDir() == null) {
            throw new IllegalArgumentException("an incremental job needs a state directory");
        }
        JobState state = settings.stateDir() == null ? null : JobState.open(settings.stateDir(), settings.jobId());
        return new ScanJob(settings, state, clock);
    }

    /** The files a job keeps in {@code stateDir} (none without one), which a scan of a folder holding them leaves out. */
    public static List<Path> stateFiles(Path stateDir) {
        return stateDir == null ? List.of() : JobState.FILES.stream().map(stateDir::resolve).toList();
    }

    /** The run's number: 1 for a job's first run, one more than the last completed run after that. */
    public int run() {
        return state == null ? 1 : state.run();
    }

    /** Whether this run resumes one that was interrupted. */
    public boolean resuming() {
        return state != null && state.resuming();
    }

    /**
     * Opens an output file of this run: a new run starts it empty; a resumed run cuts it back to its last checkpoint
     * and appends.
     */
    public Writer output(String name, Path file) throws IOException {
        Long resumeAt = state == null ? null : state.resumeOffsets().get(name);
        JobOutputFile out = resumeAt == null ? JobOutputFile.create(file) : JobOutputFile.resume(file, resumeAt);
        outputs.put(name, out);
        return out.writer();
    }

    /** Logs the start of a new run (a resumed run was logged when it first started). */
    public void begin() throws IOException {
        if (state != null && !state.resuming()) {
            state.started(checkpointOutputs());
        }
    }

    /** The listed objects this run scans, in listing order; the others are counted as skipped with their reason. */
    public Iterator<ObjectRef> select(Iterator<? extends ObjectRef> listed) {
        return new Iterator<>() {
            private ObjectRef next;

            @Override
            public boolean hasNext() {
                while (next == null && listed.hasNext()) {
                    ObjectRef ref = listed.next();
                    statistics.listed(ref.size());
                    Optional<String> skip = skipReason(ref);
                    if (skip.isPresent()) {
                        statistics.skipped(skip.get());
                    } else {
                        next = ref;
                    }
                }
                return next != null;
            }

            @Override
            public ObjectRef next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ObjectRef ref = next;
                next = null;
                return ref;
            }
        };
    }

    private Optional<String> skipReason(ObjectRef ref) {
        if (state != null && state.finishedBefore(ref)) {
            return Optional.of("finished-before-resume");
        }
        if (settings.incremental() && state.unchangedSinceCompletedRun(ref)) {
            return Optional.of("unchanged");
        }
        return settings.scope().skipReason(ref, settings.tags());
    }

    /** Records a scanned object whose records are written; checkpoints every few objects or every second. */
    public void finished(ObjectScanResult result, boolean withFinding) throws IOException {
        ObjectRef ref = result.object();
        ScanStatus status = result.top().status();
        if (status.code() == StatusCode.SKIPPED) {
            statistics.skipped("status:" + status.reason());
        } else {
            statistics.scanned(ref.size() >= 0 ? ref.size() : result.top().sizeClassified(), withFinding);
        }
        if (state != null) {
            state.finished(ref, status.code().name());
            sinceCheckpoint++;
            long now = System.nanoTime();
            if (sinceCheckpoint >= CHECKPOINT_OBJECTS || now - lastCheckpointNanos >= CHECKPOINT_NANOS) {
                checkpoint(now);
            }
        }
    }

    /**
     * Ends the run: checkpoints the last objects, appends the summary record to a job's results output, forces the
     * outputs to disk and then records the run as completed. A kill before that last step resumes this run, which cuts
     * the summary away again and writes a new one.
     */
    public JobStatistics complete() throws IOException {
        if (state != null) {
            checkpoint(System.nanoTime());
        }
        statistics.finished(clock.instant(), Duration.ofNanos(System.nanoTime() - startNanos));
        JobOutputFile results = outputs.get(RESULTS);
        // a scan without state keeps its results byte-identical from run to run, so only a job's results get the summary
        if (results != null && state != null) {
            results.writer().write(MacieJson.compact(statistics.toJson()) + "\n");
        }
        checkpointOutputs();
        if (state != null) {
            state.complete();
        }
        return statistics;
    }

    private void checkpoint(long now) throws IOException {
        state.checkpoint(checkpointOutputs());
        sinceCheckpoint = 0;
        lastCheckpointNanos = now;
    }

    private Map<String, Long> checkpointOutputs() throws IOException {
        Map<String, Long> lengths = new LinkedHashMap<>();
        for (Map.Entry<String, JobOutputFile> e : outputs.entrySet()) {
            lengths.put(e.getKey(), e.getValue().checkpoint());
        }
        return lengths;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (JobOutputFile out : outputs.values()) {
            try {
                out.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (state != null) {
            state.close();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
