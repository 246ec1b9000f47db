package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path data;
    Path results;

    @BeforeEach
    void folder() throws IOException {
        data = Files.createDirectory(dir.resolve("data"));
        results = dir.resolve("results.jsonl");
    }

    private void write(String key, String text) throws IOException {
        Path p = data.resolve(key);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Runs a scan and returns the keys in its results file, after checking the exit status. */
    private List<String> scannedKeys(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", "--results", results.toString()));
        args.addAll(List.of(options));
        args.add(data.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            JsonNode record = JSON.readTree(line);
            if (!record.has("jobSummary")) {
                keys.add(record.at("/resourcesAffected/s3Object/key").asText());
            }
        }
        return keys;
    }

    @Test
    void incrementalRunsScanOnlyChangedAndNewFiles() throws IOException {
        for (int i = 0; i < 5; i++) {
            write("f" + i + ".txt", "file " + i + "\n");
        }
        // the state directory inside the scanned folder: its files are the job's own, never scanned
        String[] job = {"--incremental", "--job-dir", data.resolve(".job").toString()};
        assertEquals(List.of("f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"), scannedKeys(job));
        assertEquals(List.of(), scannedKeys(job), "nothing changed");
        write("f1.txt", "file 1 changed in size\n");
        Files.setLastModifiedTime(data.resolve("f3.txt"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        write("new.txt", "a new file\n");
        assertEquals(List.of("f1.txt", "f3.txt", "new.txt"), scannedKeys(job));
        String summary = Files.readAllLines(results).getLast();
        JsonNode s = JSON.readTree(summary).get("jobSummary");
        assertEquals(3, s.get("run").asInt());
        assertEquals(6, s.at("/objects/listed").asLong());
        assertEquals(3, s.at("/objects/skipped/unchanged").asLong());
    }

    @Test
    void scopeOptionsSelectObjectsAndExcludesWin() throws IOException {
        write("a/keep.csv", "x\n");
        write("a/skip.json", "{}\n");
        write("a/tmp/drop.csv", "x\n");
        write("b/other.csv", "x\n");
        write("a/big.csv", "x".repeat(3000) + "\n");
        assertEquals(List.of("a/keep.csv"), scannedKeys("--include-prefix", "a/", "--include-extension", "CSV,tsv",
                "--exclude-key", "**/tmp/**", "--max-size", "2K"));
        assertEquals(List.of("a/big.csv"), scannedKeys("--min-size", "1k"));
        assertEquals(List.of(), scannedKeys("--modified-before", "2000-01-01"));
    }

    @Test
    void samplingPicksTheSameFilesEveryRun() throws IOException {
        for (int i = 0; i < 60; i++) {
            write("s" + i + ".txt", "x\n");
        }
        List<String> first = scannedKeys("--sampling-percentage", "40");
        assertEquals(first, scannedKeys("--sampling-percentage", "40"));
        assertTrue(first.size() > 6 && first.size() < 42, "about 40% of 60: " + first.size());
        assertTrue(scannedKeys("--sampling-percentage", "70").containsAll(first), "a larger sample holds the smaller");
    }

    @Test
    void badJobOptionsAreUsageErrors() throws IOException {
        write("a.txt", "x\n");
        String[][] bad = {
                {"--sampling-percentage", "0"},
                {"--min-size", "lots"},
                {"--min-size", "2M", "--max-size", "1M"},
                {"--modified-after", "yesterday"},
                {"--include-key", "{a,b"},
                {"--include-tag", "team=x"},
                {"--tag-objects"},
                {"--posture-checks"},
                {"--job-dir", dir.resolve("job").toString(), "--format", "table"},
        };
        for (String[] options : bad) {
            List<String> args = new ArrayList<>(List.of("scan"));
            args.addAll(List.of(options));
            args.add(data.toString());
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertEquals(2, run.exit(), String.join(" ", options) + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }
}
