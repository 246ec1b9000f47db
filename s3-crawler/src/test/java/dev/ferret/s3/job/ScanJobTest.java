package dev.ferret.s3.job;

import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.ObjectRef;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanJobTest {

    private static final String JOB = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private ScanJob open(boolean incremental) throws IOException {
        return ScanJob.open(new ScanJob.Settings(JOB, dir.resolve("state"), incremental, ObjectScope.ALL, ObjectTags.NONE),
                Clock.systemUTC());
    }

    private static List<ObjectRef> refs(int n) {
        List<ObjectRef> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(TestRef.of(String.format("k%04d.txt", i), 100 + i));
        }
        return refs;
    }

    /** Scans what the job selects, writing each key to the results file, and stops after {@code limit} objects. */
    private static List<String> scan(ScanJob job, Writer results, List<ObjectRef> listed, int limit) throws IOException {
        List<String> scanned = new ArrayList<>();
        Iterator<ObjectRef> selected = job.select(listed.iterator());
        while (scanned.size() < limit && selected.hasNext()) {
            TestRef ref = (TestRef) selected.next();
            results.write(ref.key() + "\n");
            job.finished(ref.result(ScanStatus.COMPLETE), ref.key().endsWith("3.txt"));
            scanned.add(ref.key());
        }
        return scanned;
    }

    private List<String> objectLines(Path results) throws IOException {
        return Files.readAllLines(results).stream().filter(l -> !l.startsWith("{\"jobSummary\"")).toList();
    }

    @RepeatedTest(5)
    void aRunInterruptedOnceOrMoreResumesWithEveryObjectOnceInTheResults() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<ObjectRef> listed = refs(300);
        Path results = dir.resolve("results.jsonl");
        int interruptions = 1 + random.nextInt(3);
        List<Integer> stops = new ArrayList<>();
        for (int i = 0; i < interruptions; i++) {
            int stopAfter = random.nextInt(150);
            stops.add(stopAfter);
            try (ScanJob interrupted = open(false)) {
                assertEquals(i > 0, interrupted.resuming(), "seed " + seed);
                Writer out = interrupted.output(ScanJob.RESULTS, results);
                interrupted.begin();
                scan(interrupted, out, listed, stopAfter);
                // no complete(): what the writer still buffers reaches the file on close, past the last checkpoint
            }
            Files.writeString(dir.resolve("state").resolve(JobState.LOG), "{\"type\":\"obj", StandardOpenOption.APPEND);
        }
        try (ScanJob second = open(false)) {
            assertTrue(second.resuming(), "seed " + seed);
            assertEquals(1, second.run());
            Writer out = second.output(ScanJob.RESULTS, results);
            second.begin();
            scan(second, out, listed, Integer.MAX_VALUE);
            JobStatistics stats = second.complete();
            assertEquals(300, stats.listedObjects(), "seed " + seed);
            assertEquals(300, stats.scannedObjects() + stats.skipped().getOrDefault("finished-before-resume", 0L), "seed " + seed);
        }
        List<String> keys = objectLines(results);
        assertEquals(listed.stream().map(ObjectRef::key).toList(), keys, "seed " + seed + ", interrupted after " + stops + " objects");
        String summary = Files.readAllLines(results).getLast();
        assertTrue(summary.startsWith("{\"jobSummary\":{\"jobId\":\"" + JOB + "\",\"run\":1,"), summary);
        try (ScanJob next = open(false)) {
            assertFalse(next.resuming(), "a completed run is not resumed");
            assertEquals(2, next.run());
        }
    }

    @Test
    void incrementalRunsScanOnlyNewAndChangedObjectsSinceTheLastCompletedRun() throws IOException {
        List<ObjectRef> listed = refs(50);
        Path results = dir.resolve("results.jsonl");
        try (ScanJob job = open(true)) {
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            assertEquals(50, scan(job, out, listed, Integer.MAX_VALUE).size(), "the first run scans everything");
            job.complete();
        }
        List<ObjectRef> changed = new ArrayList<>(listed);
        changed.set(7, ((TestRef) listed.get(7)).withETag("new"));
        changed.set(21, ((TestRef) listed.get(21)).withETag("new"));
        changed.add(TestRef.of("added.txt", 5));
        try (ScanJob job = open(true)) {
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            assertEquals(List.of("k0007.txt", "k0021.txt", "added.txt"), scan(job, out, changed, Integer.MAX_VALUE));
            // interrupted: an incremental run that never completes does not move the baseline
        }
        try (ScanJob job = open(true)) {
            assertTrue(job.resuming());
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            // fewer objects than a checkpoint holds: none counts as finished, so all three are scanned again
            assertEquals(List.of("k0007.txt", "k0021.txt", "added.txt"), scan(job, out, changed, Integer.MAX_VALUE));
            JobStatistics stats = job.complete();
            assertEquals(Map.of("unchanged", 48L), stats.skipped());
        }
        try (ScanJob job = open(true)) {
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            assertEquals(List.of(), scan(job, out, changed, Integer.MAX_VALUE), "the baseline holds every completed run");
            job.complete();
        }
        try (ScanJob job = open(false)) {
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            assertEquals(51, scan(job, out, changed, Integer.MAX_VALUE).size(), "a full run scans everything again");
        }
    }

    @Test
    void statisticsCountEveryListedObjectOnceAsScannedOrSkipped() throws IOException {
        ObjectScope scope = new ObjectScope(List.of(new ScopeCriterion.Extension(java.util.Set.of("txt"))), List.of(), 100);
        List<ObjectRef> listed = new ArrayList<>(refs(10));
        listed.add(TestRef.of("skip.bin", 7));
        Path results = dir.resolve("results.jsonl");
        JobStatistics stats;
        try (ScanJob job = ScanJob.open(new ScanJob.Settings(JOB, dir.resolve("state"), false, scope, ObjectTags.NONE), Clock.systemUTC())) {
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            Iterator<ObjectRef> selected = job.select(listed.iterator());
            while (selected.hasNext()) {
                TestRef ref = (TestRef) selected.next();
                ScanStatus status = ref.key().equals("k0004.txt")
                        ? ScanStatus.skipped(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, "test") : ScanStatus.COMPLETE;
                job.finished(ref.result(status), ref.key().equals("k0002.txt"));
            }
            stats = job.complete();
        }
        assertEquals(11, stats.listedObjects());
        assertEquals(9, stats.scannedObjects());
        assertEquals(1, stats.withFindings());
        assertEquals(Map.of("not-included:extension", 1L, "status:UNSUPPORTED_FILE_TYPE_EXCEPTION", 1L), stats.skipped());
        var json = stats.toJson().path("jobSummary");
        long scannedBytes = listed.stream().filter(r -> r.key().endsWith(".txt") && !r.key().equals("k0004.txt"))
                .mapToLong(ObjectRef::size).sum();
        assertEquals(scannedBytes, json.path("bytes").path("scanned").asLong());
        assertEquals(listed.stream().mapToLong(ObjectRef::size).sum(), json.path("bytes").path("listed").asLong());
        assertEquals(List.of(json.toString()), Files.readAllLines(results, StandardCharsets.UTF_8).stream()
                .map(l -> l.substring("{\"jobSummary\":".length(), l.length() - 1)).toList());
    }

    @Test
    void aStateDirectoryBelongsToOneJob() throws IOException {
        try (ScanJob job = open(false)) {
            job.begin();
            job.complete();
        }
        IOException e = assertThrows(IOException.class, () -> ScanJob.open(new ScanJob.Settings(
                "ffffffffffffffffffffffffffffffff", dir.resolve("state"), false, ObjectScope.ALL, ObjectTags.NONE), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("belongs to job " + JOB), e.getMessage());
    }

    @Test
    void aResumedOutputShorterThanItsCheckpointIsRefused() throws IOException {
        Path results = dir.resolve("results.jsonl");
        try (ScanJob job = open(false)) {
            Writer out = job.output(ScanJob.RESULTS, results);
            job.begin();
            scan(job, out, refs(ScanJob.CHECKPOINT_OBJECTS + 1), Integer.MAX_VALUE);
        }
        Files.writeString(results, "");
        try (ScanJob job = open(false)) {
            IOException e = assertThrows(IOException.class, () -> job.output(ScanJob.RESULTS, results));
            assertTrue(e.getMessage().contains("shorter than the job's last checkpoint"), e.getMessage());
        }
    }
}
