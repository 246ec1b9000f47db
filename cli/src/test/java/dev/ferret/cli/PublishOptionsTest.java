package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scan}'s publishing options: gzip results, dry-run events. */
class PublishOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME = "--job-time=2026-01-02T03:04:05.678Z";
    private static final String SSN = "536-90-4399";

    @TempDir
    Path dir;

    private Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "ssn " + SSN + "\n");
        Files.writeString(data.resolve("clean.txt"), "nothing here\n");
        return data;
    }

    @Test
    void resultsEndingInGzAreGzipJsonLinesOneRecordPerDocument() throws IOException {
        Path results = dir.resolve("results.jsonl.gz");
        Cli.Run run = Cli.run("scan", "--results", results.toString(), TIME, data().toString());
        assertEquals(1, run.exit(), run.err());
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(results)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                records.add(JSON.readTree(line));
            }
        }
        assertEquals(List.of("a.txt", "clean.txt"),
                records.stream().map(r -> r.at("/resourcesAffected/s3Object/key").asText()).toList());
        JsonNode finding = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals(results.toUri().toString(), finding.at("/classificationDetails/detailedResultsLocation").asText());
    }

    @Test
    void dryRunPrintsOnlyTheEventEntriesWithTheFindingAsDetail() throws IOException {
        Path data = data();
        Cli.Run plain = Cli.run("scan", TIME, data.toString());
        Cli.Run dry = Cli.run("scan", "--dry-run-events", "--eventbridge-bus", "security", TIME, data.toString());

        assertEquals(1, dry.exit(), dry.err());
        List<String> lines = dry.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode entry = JSON.readTree(lines.getFirst());
        assertEquals("Macie Finding", entry.path("DetailType").asText());
        assertEquals("dev.ferret.scanner", entry.path("Source").asText());
        assertEquals("security", entry.path("EventBusName").asText());
        assertEquals("arn:aws:s3:::data/a.txt", entry.path("Resources").get(0).asText());
        assertEquals(JSON.readTree(plain.out().strip()), JSON.readTree(entry.path("Detail").asText()));
        assertFalse(dry.out().contains(SSN));
    }

    @Test
    void theSummaryEventComesLastWithTheJobsCounts() throws IOException {
        Cli.Run run = Cli.run("scan", "--dry-run-events", "--eventbridge-summary", "--event-source", "acme.ferret",
                TIME, data().toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.err());
        JsonNode summary = JSON.readTree(lines.get(1));
        assertEquals("Ferret Job Summary", summary.path("DetailType").asText());
        assertEquals("acme.ferret", summary.path("Source").asText());
        JsonNode detail = JSON.readTree(summary.path("Detail").asText());
        assertEquals(2, detail.path("objectsScanned").asInt());
        assertEquals(1, detail.path("objectsWithFindings").asInt());
        assertEquals(2, detail.at("/objectsByStatus/COMPLETE").asInt());
    }

    @Test
    void awsSourcesAndTwoResultsSinksAreRefused() throws IOException {
        Path data = data();
        Cli.Run aws = Cli.run("scan", "--dry-run-events", "--event-source", "aws.macie", data.toString());
        assertEquals(FerretCommand.ERROR, aws.exit());
        assertTrue(aws.err().contains("aws."), aws.err());
        Cli.Run both = Cli.run("scan", "--results", dir.resolve("r.jsonl").toString(), "--results-s3", "s3://b/p", data.toString());
        assertEquals(FerretCommand.ERROR, both.exit());
    }
}
