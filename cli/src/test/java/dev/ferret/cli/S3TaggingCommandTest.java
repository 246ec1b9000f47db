package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferret.s3.testing.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code ferret scan s3://...} with tag criteria and {@code --tag-objects}, against Adobe S3Mock (S3Proxy has no tagging). */
class S3TaggingCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("ferret.samples", "../samples"));
    private static final String BUCKET = "ferret-tagging";
    private static S3MockServer server;
    private static S3AsyncClient s3;

    @TempDir
    Path dir;

    /** Two objects with the same customer records (one carrying a user tag) and one without sensitive data. */
    @BeforeAll
    static void upload() throws IOException {
        server = S3MockServer.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET)).join();
        byte[] customers = Files.readAllBytes(SAMPLES.resolve("customers.csv"));
        put("customers.csv", customers);
        put("owned/customers.csv", customers);
        put("release-notes.md", Files.readAllBytes(SAMPLES.resolve("release-notes.md")));
        s3.putObjectTagging(b -> b.bucket(BUCKET).key("owned/customers.csv")
                .tagging(t -> t.tagSet(Tag.builder().key("owner").value("team-a").build()))).join();
    }

    private static void put(String key, byte[] content) {
        s3.putObject(b -> b.bucket(BUCKET).key(key), AsyncRequestBody.fromBytes(content)).join();
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    private static Map<String, String> tags(String key) {
        return s3.getObjectTagging(b -> b.bucket(BUCKET).key(key)).join().tagSet().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a, TreeMap::new));
    }

    /** Per object key with a finding, the categories its finding names, joined as the tagger joins them. */
    private static Map<String, String> categoriesByKey(String jsonl) throws IOException {
        Map<String, String> categories = new TreeMap<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                JsonNode finding = JSON.readTree(line);
                Set<String> names = new TreeSet<>();
                finding.at("/classificationDetails/result/sensitiveData").forEach(d -> names.add(d.get("category").asText()));
                categories.put(finding.at("/resourcesAffected/s3Object/key").asText(), String.join("+", names));
            }
        }
        return categories;
    }

    @Test
    void includeTagScansOnlyObjectsWithThatTag() throws IOException {
        Cli.Run run = Cli.run("scan", "--endpoint-url", server.endpoint().toString(), "--include-tag", "owner=team-a",
                "s3://" + BUCKET);
        assertEquals(1, run.exit(), run.err());
        assertEquals(Set.of("owned/customers.csv"), categoriesByKey(run.out()).keySet());
    }

    @Test
    void tagObjectsTagsEachObjectWithFindingsKeepsUserTagsAndRecordsTheOutcome() throws IOException {
        Path results = dir.resolve("results.jsonl");
        Cli.Run run = Cli.run("scan", "--endpoint-url", server.endpoint().toString(), "--tag-objects",
                "--results", results.toString(), "s3://" + BUCKET);
        assertEquals(1, run.exit(), run.err());
        Map<String, String> found = categoriesByKey(run.out());
        assertEquals(Set.of("customers.csv", "owned/customers.csv"), found.keySet());

        assertEquals(Map.of("ferret:sensitive", "true", "ferret:categories", found.get("customers.csv")), tags("customers.csv"));
        assertEquals(Map.of("owner", "team-a", "ferret:sensitive", "true", "ferret:categories", found.get("owned/customers.csv")),
                tags("owned/customers.csv"));
        assertEquals(Map.of(), tags("release-notes.md"), "nothing found, nothing tagged");

        Map<String, String> tagging = new HashMap<>();
        for (String line : Files.readAllLines(results)) {
            JsonNode record = JSON.readTree(line).get("objectTagging");
            if (record != null) {
                tagging.put(record.get("key").asText(), record.get("status").asText());
            }
        }
        assertEquals(Map.of("customers.csv", "TAGGED", "owned/customers.csv", "TAGGED"), tagging);
    }
}
