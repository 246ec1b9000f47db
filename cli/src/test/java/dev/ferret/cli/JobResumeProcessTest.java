package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a {@code ferret scan} job (a child JVM) at a random point and runs it again: the job resumes, and its output
 * files end up holding every object exactly once and every finding once.
 */
class JobResumeProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOB = "5eed0000000000000000000000000001";
    private static final int FILES = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledJobResumesWithoutRescanningOrDuplicating() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Path data = Files.createDirectory(dir.resolve("data"));
        for (int i = 0; i < FILES; i++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 200; line++) {
                text.append(random.nextInt(10) == 0 ? "ssn 536-90-4399\n" : "nothing much on line " + line + "\n");
            }
            Files.writeString(data.resolve(String.format("f%03d.txt", i)), text);
        }
        Path results = dir.resolve("results.jsonl");
        Path findings = dir.resolve("findings.jsonl");
        int killAfter = 80 + random.nextInt(170);
        Process first = ferret(results, findings, data);
        while (first.isAlive() && lines(results) < killAfter) {
            Thread.sleep(2);
        }
        assertTrue(first.isAlive(), "seed " + seed + ": the first run ended before the kill; "
                + Files.readString(dir.resolve("stderr.txt")));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process second = ferret(results, findings, data);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "seed " + seed);
        assertEquals(1, second.exitValue(), "seed " + seed + ": " + Files.readString(dir.resolve("stderr.txt")));

        List<String> keys = new ArrayList<>();
        JsonNode summary = null;
        for (String line : Files.readAllLines(results)) {
            JsonNode record = JSON.readTree(line);
            if (record.has("jobSummary")) {
                summary = record.get("jobSummary");
            } else {
                keys.add(record.at("/resourcesAffected/s3Object/key").asText());
            }
        }
        assertEquals(FILES, keys.size(), "seed " + seed + ", killed after " + killAfter + ": every object once");
        assertEquals(FILES, new HashSet<>(keys).size(), "seed " + seed + ": no object twice");
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(findings)) {
            assertTrue(ids.add(JSON.readTree(line).get("id").asText()), "seed " + seed + ": finding emitted twice");
        }
        assertTrue(summary != null && summary.get("resumed").asBoolean(), "seed " + seed + ": " + summary);
        long resumed = summary.at("/objects/skipped/finished-before-resume").asLong();
        assertTrue(resumed > 0, "seed " + seed + ": the second run rescanned everything: " + summary);
        assertEquals(FILES - resumed, summary.at("/objects/scanned").asLong(), "seed " + seed + ": " + summary);
    }

    private Process ferret(Path results, Path findings, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), FerretCommand.class.getName(),
                "scan", "--job-id", JOB, "--job-dir", dir.resolve("job").toString(), "--threads", "1", "--no-progress",
                "--results", results.toString(), "--output", findings.toString(), data.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var stream = Files.lines(file)) {
            return stream.count();
        }
    }
}
