package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME = "--job-time=2026-01-02T03:04:05.678Z";
    private static final String SSN = "536-90-4399";

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void folder() throws IOException {
        data = Files.createDirectory(dir.resolve("data"));
    }

    private void write(String key, String text) throws IOException {
        Path p = data.resolve(key);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void nothingFoundExitsZeroAndPrintsNothing() throws IOException {
        write("clean.txt", "nothing to see here\n");
        Cli.Run run = Cli.run("scan", data.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void somethingFoundExitsWithTheChosenCode() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        assertEquals(1, Cli.run("scan", data.toString()).exit());
        assertEquals(7, Cli.run("scan", "--exit-code", "7", data.toString()).exit());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Cli.Run unknown = Cli.run("scan", "--no-such-option", data.toString());
        assertEquals(2, unknown.exit());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        Cli.Run missing = Cli.run("scan", data.resolve("missing").toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        Cli.Run badJob = Cli.run("scan", "--job-id", "xyz", data.toString());
        assertEquals(2, badJob.exit());
        assertTrue(badJob.err().contains("--job-id"), badJob.err());
        assertEquals(2, Cli.run("scan").exit(), "a path is required");
        Cli.Run badOutput = Cli.run("scan", "--output", dir.resolve("no/such/folder.jsonl").toString(), data.toString());
        assertEquals(2, badOutput.exit());
        assertTrue(badOutput.err().startsWith("ferret: cannot create --output file"), badOutput.err());
        assertEquals(2, Cli.run("scan", "--threads", "0", data.toString()).exit());
    }

    @Test
    void findingsAreJsonLinesOnePerObjectWithSomethingFound() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        write("b/c.txt", "mail wanda.quill@example.org\n");
        write("d.txt", "clean\n");
        Cli.Run run = Cli.run("scan", data.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("a.txt", first.at("/resourcesAffected/s3Object/key").asText());
        assertEquals("data", first.at("/resourcesAffected/s3Bucket/name").asText());
        assertEquals("b/c.txt", second.at("/resourcesAffected/s3Object/key").asText());
        assertEquals("USA_SOCIAL_SECURITY_NUMBER", first.at("/classificationDetails/result/sensitiveData/0/detections/0/type").asText());
        assertEquals(Files.size(data.resolve("a.txt")), first.at("/resourcesAffected/s3Object/size").asLong());
    }

    @Test
    void jsonFormatIsOneArray() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        write("b.txt", "ssn " + SSN + "\n");
        JsonNode array = JSON.readTree(Cli.run("scan", "--format", "json", data.toString()).out());
        assertTrue(array.isArray());
        assertEquals(2, array.size());
        write("a.txt", "clean");
        write("b.txt", "clean");
        assertEquals(0, JSON.readTree(Cli.run("scan", "--format", "json", data.toString()).out()).size());
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() throws IOException {
        long seed = 424242L;
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 1 + random.nextInt(30); line++) {
                text.append(random.nextInt(4) == 0 ? "ssn " + SSN : "filler " + random.nextInt()).append('\n');
            }
            write("f" + random.nextInt(10) + "/doc" + i + ".txt", text.toString());
        }
        List<String> outputs = new ArrayList<>();
        for (String threads : List.of("1", "4", "3")) {
            Path results = dir.resolve("results-" + threads + ".jsonl");
            Cli.Run run = Cli.run("scan", "--threads", threads, "--results", dir.resolve("results.jsonl").toString(), TIME,
                    data.toString());
            Files.move(dir.resolve("results.jsonl"), results);
            outputs.add(run.out() + "\n--results--\n" + Files.readString(results));
        }
        assertFalse(outputs.get(0).startsWith("\n--results--"), "seed " + seed + ": something must be found");
        assertEquals(outputs.get(0), outputs.get(1), "seed " + seed);
        assertEquals(outputs.get(0), outputs.get(2), "seed " + seed);
    }

    @Test
    void sourceDateEpochFixesTheJobTime() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        Cli.Run run = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1700000000"), new ByteArrayInputStream(new byte[0]),
                "scan", data.toString());
        JsonNode finding = JSON.readTree(run.out());
        assertEquals("2023-11-14T22:13:20.000Z", finding.get("createdAt").asText());
        assertEquals(run.out(), Cli.run(Map.of("SOURCE_DATE_EPOCH", "1700000000"), new ByteArrayInputStream(new byte[0]),
                "scan", data.toString()).out());
        Cli.Run bad = Cli.run(Map.of("SOURCE_DATE_EPOCH", "yesterday"), new ByteArrayInputStream(new byte[0]),
                "scan", data.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("SOURCE_DATE_EPOCH"), bad.err());
    }

    @Test
    void resultsHoldEveryObjectIncludingCleanOnes() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        write("b.txt", "clean\n");
        Path results = dir.resolve("results.jsonl");
        Cli.Run run = Cli.run("scan", "--results", results.toString(), TIME, data.toString());
        List<String> lines = Files.readAllLines(results);
        assertEquals(2, lines.size());
        JsonNode clean = JSON.readTree(lines.get(1));
        assertEquals("b.txt", clean.at("/resourcesAffected/s3Object/key").asText());
        assertEquals("COMPLETE", clean.at("/classificationDetails/result/status/code").asText());
        assertEquals(0, clean.at("/classificationDetails/result/sensitiveData").size());
        JsonNode finding = JSON.readTree(run.out());
        assertEquals(results.toUri().toString(), finding.at("/classificationDetails/detailedResultsLocation").asText());
    }

    @Test
    void outputOptionWritesAFile() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        Path out = dir.resolve("findings.jsonl");
        Cli.Run run = Cli.run("scan", "--output", out.toString(), TIME, data.toString());
        assertEquals("", run.out());
        assertEquals(Cli.run("scan", TIME, data.toString()).out(), Files.readString(out));
    }

    @Test
    void tableSummarisesPerObjectAndIdentifier() throws IOException {
        write("a.txt", "first line\nssn " + SSN + " and ssn " + SSN + "\n");
        write("b.txt", "clean\n");
        Cli.Run run = Cli.run("scan", "--format", "table", data.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("OBJECT"), run.out());
        String a = lines.stream().filter(l -> l.startsWith("data/a.txt")).findFirst().orElseThrow();
        assertTrue(a.matches("data/a\\.txt +COMPLETE +USA_SOCIAL_SECURITY_NUMBER +2 +line 2:5; line 2:25"), a);
        assertTrue(lines.stream().anyMatch(l -> l.matches("data/b\\.txt +COMPLETE +- +0")), run.out());
        assertTrue(run.out().contains("2 objects scanned: 1 with sensitive data (2 occurrences)"), run.out());
        assertFalse(run.out().contains(SSN));
    }

    @Test
    void standardInputIsOneObject() throws IOException {
        byte[] text = ("ssn " + SSN + "\n").getBytes(StandardCharsets.UTF_8);
        Cli.Run run = Cli.run(Map.of(), new ByteArrayInputStream(text), "scan", "--stdin-name", "note.txt", "-");
        assertEquals(1, run.exit(), run.err());
        JsonNode finding = JSON.readTree(run.out());
        assertEquals("stdin", finding.at("/resourcesAffected/s3Bucket/name").asText());
        assertEquals("note.txt", finding.at("/resourcesAffected/s3Object/key").asText());
        assertEquals("txt", finding.at("/resourcesAffected/s3Object/extension").asText());
        assertEquals(text.length, finding.at("/resourcesAffected/s3Object/size").asLong());
        assertEquals(2, Cli.run("scan", "-", "-").exit(), "stdin can be read once");
    }

    @Test
    void aSingleFileIsKeyedWithinItsFolder() throws IOException {
        write("sub/a.txt", "ssn " + SSN + "\n");
        JsonNode finding = JSON.readTree(Cli.run("scan", data.resolve("sub/a.txt").toString()).out());
        assertEquals("sub", finding.at("/resourcesAffected/s3Bucket/name").asText());
        assertEquals("a.txt", finding.at("/resourcesAffected/s3Object/key").asText());
    }

    @Test
    void theDefaultJobIdIsStableForTheSamePaths() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        String id = JSON.readTree(Cli.run("scan", data.toString()).out()).at("/classificationDetails/jobId").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertEquals(id, JSON.readTree(Cli.run("scan", data.toString() + "/").out()).at("/classificationDetails/jobId").asText());
        assertFalse(id.equals(JSON.readTree(Cli.run("scan", data.resolve("a.txt").toString()).out())
                .at("/classificationDetails/jobId").asText()));
    }

    @Test
    void theScansOwnOutputFilesAreNotScanned() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        Path results = data.resolve("results.jsonl");
        Path findings = data.resolve("findings.jsonl");
        Files.writeString(results, "ssn " + SSN + "\n"); // left over from an earlier run
        Cli.Run run = Cli.run("scan", "--results", results.toString(), "--output", findings.toString(), TIME, data.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, Files.readAllLines(findings).size());
        assertEquals(1, Files.readAllLines(results).size(), "only a.txt is scanned");
    }

    @Test
    void progressGoesToStderrOnlyWhenSomeoneWatches() throws IOException {
        write("a.txt", "ssn " + SSN + "\n");
        write("b.txt", "clean\n");
        Cli.Run quiet = Cli.run("scan", TIME, data.toString());
        Cli.Run watched = Cli.run(new FerretCommand.Environment(Map.of(), InputStream.nullInputStream(), true),
                "scan", TIME, data.toString());
        assertEquals(quiet.out(), watched.out(), "stdout is the same with or without a terminal");
        assertEquals(1, quiet.err().lines().count(), "only the job statistics: " + quiet.err());
        assertTrue(quiet.err().contains("2 objects (22 bytes) listed, 2 scanned (22 bytes), 1 with findings"), quiet.err());
        assertTrue(watched.err().contains("2 objects"), watched.err());
        assertTrue(watched.err().contains("1 with sensitive data"), watched.err());
        Cli.Run off = Cli.run(new FerretCommand.Environment(Map.of(), InputStream.nullInputStream(), true),
                "scan", "--no-progress", TIME, data.toString());
        assertEquals(1, off.err().lines().count(), "only the job statistics: " + off.err());
        assertFalse(off.err().contains("with sensitive data"), off.err());
    }
}
