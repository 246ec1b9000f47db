package dev.ferret.s3.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferret.s3.publish.Backoff;
import dev.ferret.s3.publish.EventBridgeRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code watch} end to end on loopback: S3Proxy (own process), ElasticMQ (in-process), and the EventBridge recorder. */
class WatchIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 3);

    @TempDir
    Path dir;

    private static LoopbackServers servers;
    private static S3AsyncClient s3;
    private static SqsAsyncClient sqs;

    private EventBridgeRecorder recorder;
    private String bucket;
    private String queueUrl;
    private final List<String> values = new ArrayList<>();

    @BeforeAll
    static void servers() throws Exception {
        servers = new LoopbackServers();
        s3 = servers.s3;
        sqs = servers.sqs;
    }

    @AfterAll
    static void stopServers() {
        servers.close();
    }

    @BeforeEach
    void queueAndBucket() throws Exception {
        recorder = new EventBridgeRecorder();
        String name = "t" + Long.toHexString(System.nanoTime());
        bucket = "bucket-" + name;
        s3.createBucket(r -> r.bucket(bucket)).get();
        queueUrl = sqs.createQueue(r -> r.queueName(name)).get().queueUrl();
    }

    @AfterEach
    void stopRecorder() {
        recorder.close();
    }

    private RunningWatcher watch(Path results, int concurrency, Duration grace) throws Exception {
        return new RunningWatcher(servers, queueUrl, recorder.endpoint(), FAST, results, concurrency, grace);
    }

    private String upload(String key, int emails, Random random) throws Exception {
        StringBuilder text = new StringBuilder("name,email\n");
        for (int i = 0; i < emails; i++) {
            String value = "u" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "@example.org";
            values.add(value);
            text.append("person ").append(i).append(',').append(value).append('\n');
        }
        PutObjectResponse put = s3.putObject(r -> r.bucket(bucket).key(key),
                AsyncRequestBody.fromString(text.toString())).get();
        return put.eTag().replace("\"", "");
    }

    private void notifyS3(String key, long size, String eTag) throws Exception {
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(
                S3NotificationTest.s3Event("ObjectCreated:Put", bucket, encoded, size, eTag))).get();
    }

    private int messagesLeft() throws Exception {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).get().attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private void awaitQueueEmpty() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (messagesLeft() > 0) {
            if (System.nanoTime() >= deadline) {
                fail("the queue did not empty"); // a bound on the wait, not a speed check
            }
            Thread.sleep(100);
        }
    }

    private List<JsonNode> readResults(Path file) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    private void assertNoValueSent() {
        for (EventBridgeRecorder.Request request : recorder.requests()) {
            for (String value : values) {
                assertFalse(request.body().contains(value), "a detected value went over the wire");
            }
        }
    }

    @Test
    void anUploadWithPiiArrivesAsAFindingEventAndItsResultIsRecorded() throws Exception {
        Random random = new Random(11);
        String key = "incoming/red flower+1.csv";
        String eTag = upload(key, 3, random);
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(
                "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"" + bucket + "\"}")).get();
        notifyS3(key, 100, eTag);
        Path results = dir.resolve("results.jsonl.gz");

        try (RunningWatcher running = watch(results, 2, Duration.ofSeconds(10))) {
            List<JsonNode> events = recorder.awaitAccepted(a -> !a.isEmpty(), Duration.ofSeconds(60));
            awaitQueueEmpty();
            JsonNode event = events.getFirst();
            assertEquals("Macie Finding", event.path("DetailType").asText());
            assertEquals("dev.ferret.scanner", event.path("Source").asText());
            assertEquals("arn:aws:s3:::" + bucket + "/" + key, event.path("Resources").get(0).asText());
            JsonNode detail = JSON.readTree(event.path("Detail").asText());
            assertEquals(3, detail.at("/classificationDetails/result/sensitiveData/0/totalCount").asInt());
            assertEquals(eTag, detail.at("/resourcesAffected/s3Object/eTag").asText());
            assertEquals(1, running.printed.size());
        }
        assertEquals(1, recorder.accepted().size());
        assertNoValueSent();
        List<JsonNode> records = readResults(results);
        assertEquals(1, records.size());
        assertEquals("COMPLETE", records.getFirst().at("/classificationDetails/result/status/code").asText());
    }

    @Test
    void aMissingObjectIsRecordedWithItsStatusAndTheMessageAcknowledged() throws Exception {
        notifyS3("never/uploaded.txt", 10, "0123");
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(
                S3NotificationTest.eventBridgeEvent(bucket, "also missing.txt", 5, "4567"))).get();
        Path results = dir.resolve("results.jsonl.gz");

        try (RunningWatcher running = watch(results, 1, Duration.ofSeconds(10))) {
            awaitQueueEmpty();
        }
        List<JsonNode> records = readResults(results);
        assertEquals(2, records.size());
        Set<String> keys = new HashSet<>();
        for (JsonNode record : records) {
            keys.add(record.at("/resourcesAffected/s3Object/key").asText());
            assertEquals("SKIPPED", record.at("/classificationDetails/result/status/code").asText());
            assertEquals("SOURCE_OBJECT_NO_LONGER_AVAILABLE", record.at("/classificationDetails/result/status/reason").asText());
        }
        assertEquals(Set.of("never/uploaded.txt", "also missing.txt"), keys);
        assertTrue(recorder.requests().isEmpty());
    }

    @Test
    void whenPublishingFailsTheMessageStaysForTheRedrivePolicy() throws Exception {
        String eTag = upload("f.csv", 1, new Random(3));
        notifyS3("f.csv", 40, eTag);
        recorder.failEverything("InternalFailure");

        try (RunningWatcher running = watch(dir.resolve("r.jsonl.gz"), 1, Duration.ofSeconds(10))) {
            // the first receive exhausts the publisher's retries; the message must still be there
            recorder.awaitAccepted(a -> recorder.requests().size() >= FAST.maxAttempts(), Duration.ofSeconds(60));
            Thread.sleep(500);
            assertEquals(1, messagesLeft());
            assertEquals(0, running.watcher.processed());
        }
        assertTrue(recorder.accepted().isEmpty());
    }

    /**
     * Many uploads; the watcher is stopped mid-batch without time to finish (its in-flight messages are abandoned),
     * and a new one started: every upload's finding arrives, and any duplicate carries the same ID as the first.
     */
    @Test
    void stoppingMidBatchAndRestartingLosesNoUploadAndKeepsIds() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int objects = 24;
        Map<String, String> eTags = new HashMap<>();
        for (int i = 0; i < objects; i++) {
            String key = "batch/obj " + i + ".csv";
            String eTag = upload(key, 1 + random.nextInt(5), random);
            eTags.put(key, eTag);
            notifyS3(key, 50, eTag);
        }
        String why = "seed " + seed;

        try (RunningWatcher first = watch(dir.resolve("r1.jsonl.gz"), 3, Duration.ZERO)) {
            recorder.awaitAccepted(a -> a.size() >= 4, Duration.ofSeconds(60));
        }
        int afterFirst = recorder.accepted().size();
        try (RunningWatcher second = watch(dir.resolve("r2.jsonl.gz"), 3, Duration.ofSeconds(10))) {
            recorder.awaitAccepted(a -> distinctResources(a).size() == objects, Duration.ofSeconds(120));
            awaitQueueEmpty();
        }

        List<JsonNode> accepted = recorder.accepted();
        Map<String, String> idToResource = new HashMap<>();
        for (JsonNode event : accepted) {
            String id = JSON.readTree(event.path("Detail").asText()).path("id").asText();
            String resource = event.path("Resources").get(0).asText();
            String before = idToResource.putIfAbsent(id, resource);
            assertTrue(before == null || before.equals(resource), "one ID, one object; " + why);
        }
        assertEquals(objects, idToResource.size(), "one finding ID per upload; " + why);
        assertTrue(afterFirst < objects, "the first watcher was stopped mid-batch; " + why);
        assertNoValueSent();
    }

    /**
     * The same, but the first watcher runs in a JVM of its own that is killed forcibly mid-batch (as by kill -9 or a
     * crash): its undeleted messages come back when their visibility times out, and a new watcher finishes them.
     */
    @Test
    void killingAWatcherProcessMidBatchLosesNoUpload() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int objects = 16;
        for (int i = 0; i < objects; i++) {
            String key = "killed/obj " + i + ".csv";
            notifyS3(key, 50, upload(key, 1 + random.nextInt(3), random));
        }
        String why = "seed " + seed;
        String sqsEndpoint = URI.create(queueUrl).resolve("/").toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WatchChild.class.getName(),
                servers.s3proxy.endpoint().toString(), sqsEndpoint, recorder.endpoint().toString(), queueUrl,
                dir.resolve("child.jsonl.gz").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            recorder.awaitAccepted(a -> a.size() >= 3, Duration.ofSeconds(120));
        } finally {
            child.destroyForcibly().waitFor();
        }
        int beforeRestart = distinctResources(recorder.accepted()).size();

        try (RunningWatcher second = watch(dir.resolve("r2.jsonl.gz"), 3, Duration.ofSeconds(10))) {
            recorder.awaitAccepted(a -> distinctResources(a).size() == objects, Duration.ofSeconds(120));
            awaitQueueEmpty();
        }

        Map<String, String> idToResource = new HashMap<>();
        for (JsonNode event : recorder.accepted()) {
            String id = JSON.readTree(event.path("Detail").asText()).path("id").asText();
            String before = idToResource.putIfAbsent(id, event.path("Resources").get(0).asText());
            assertTrue(before == null || before.equals(event.path("Resources").get(0).asText()), "one ID, one object; " + why);
        }
        assertEquals(objects, idToResource.size(), why);
        assertTrue(beforeRestart < objects, "killed mid-batch; " + why);
        assertNoValueSent();
    }

    private static Set<String> distinctResources(List<JsonNode> events) {
        Set<String> resources = new HashSet<>();
        events.forEach(e -> resources.add(e.path("Resources").get(0).asText()));
        return resources;
    }
}
