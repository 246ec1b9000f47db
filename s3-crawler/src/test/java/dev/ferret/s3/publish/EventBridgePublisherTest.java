package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.eventbridge.EventBridgeAsyncClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publisher against the real SDK client and a loopback EventBridge: what goes over the wire. */
class EventBridgePublisherTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 4);
    private static TestFindings findings;

    // one server and one client for the class: closing a client waits out Netty's quiet period
    private static EventBridgeRecorder recorder;
    private static EventBridgeAsyncClient client;
    private EventBridgePublisher publisher;

    @BeforeAll
    static void start() throws Exception {
        findings = new TestFindings();
        recorder = new EventBridgeRecorder();
        client = clients(recorder.endpoint()).eventBridge();
    }

    @AfterAll
    static void stop() {
        client.close();
        recorder.close();
        findings.close();
    }

    @BeforeEach
    void fresh() {
        recorder.reset();
        publisher = publisher(EntrySize.MAX_REQUEST_BYTES);
    }

    static AwsClients clients(java.net.URI endpoint) {
        return new AwsClients(Map.of(AwsClients.EVENTBRIDGE, endpoint), "us-east-1", null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")), Map.of());
    }

    /** A publisher on the shared client; not closed, since closing it would close the client. */
    private static EventBridgePublisher publisher(int maxRequestBytes) {
        return new EventBridgePublisher(client, FAST, maxRequestBytes);
    }

    /** Objects of random sizes, published under a request limit small enough that size splits batches too. */
    @RepeatedTest(3)
    void batchesHoldAtMostTenEntriesAndTheSizeLimitAndNoValue() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int limit = 12_000;
        publisher = publisher(limit);
        FindingEvents events = new FindingEvents("ferret-test", FindingEvents.DEFAULT_SOURCE, limit);
        List<TestFindings.Generated> generated = new ArrayList<>();
        List<PutEventsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 15 + random.nextInt(20); i++) {
            TestFindings.Generated g = findings.emails("dir/file " + i + ".txt", 1 + random.nextInt(40), random);
            generated.add(g);
            entries.add(events.finding(g.finding()));
        }

        publisher.publish(entries);

        String why = "seed " + seed;
        List<EventBridgeRecorder.Request> requests = recorder.requests();
        assertTrue(requests.size() >= (entries.size() + 9) / 10, why);
        for (EventBridgeRecorder.Request r : requests) {
            assertEquals("AWSEvents.PutEvents", r.target(), why);
            assertTrue(r.authorization().startsWith("AWS4-HMAC-SHA256 "), "signed; " + why);
            assertEquals("application/x-amz-json-1.1", r.contentType(), why);
            assertTrue(r.entries().size() <= EventBatches.MAX_ENTRIES, why);
            assertTrue(wireSize(r.entries()) <= limit, "request of " + wireSize(r.entries()) + " bytes; " + why);
            for (TestFindings.Generated g : generated) {
                for (String value : g.values()) {
                    assertFalse(r.body().contains(value), "a detected value went over the wire; " + why);
                }
            }
        }
        List<JsonNode> accepted = recorder.accepted();
        assertEquals(generated.size(), accepted.size(), why);
        for (int i = 0; i < generated.size(); i++) {
            JsonNode entry = accepted.get(i);
            ObjectNode finding = generated.get(i).finding();
            assertEquals("Macie Finding", entry.path("DetailType").asText(), why);
            assertEquals("dev.ferret.scanner", entry.path("Source").asText(), why);
            assertEquals("ferret-test", entry.path("EventBusName").asText(), why);
            assertEquals("arn:aws:s3:::test-bucket/dir/file " + i + ".txt", entry.path("Resources").get(0).asText(), why);
            JsonNode detail = parse(entry.path("Detail").asText());
            assertEquals(finding.path("id"), detail.path("id"), why);
            // counts survive any trimming
            assertEquals(finding.at("/classificationDetails/result/sensitiveData/0/totalCount").asLong(),
                    detail.at("/classificationDetails/result/sensitiveData/0/totalCount").asLong(), why);
        }
    }

    @Test
    void onlyTheFailedEntriesAreSentAgain() {
        Random random = new Random(7);
        FindingEvents events = new FindingEvents(null, "ferret");
        List<PutEventsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            entries.add(events.finding(findings.emails("f" + i + ".txt", 2, random).finding()));
        }
        recorder.failEntriesOnce(Set.of(1, 4), "InternalFailure");

        publisher.publish(entries);

        List<EventBridgeRecorder.Request> requests = recorder.requests();
        assertEquals(2, requests.size());
        assertEquals(List.of(id(entries.get(1)), id(entries.get(4))),
                requests.get(1).entries().stream().map(e -> parse(e.path("Detail").asText()).path("id").asText()).toList());
        assertEquals(entries.stream().map(EventBridgePublisherTest::id).sorted().toList(),
                recorder.accepted().stream().map(e -> parse(e.path("Detail").asText()).path("id").asText()).sorted().toList());
    }

    @Test
    void throttledRequestsAreRetriedWithTheSameEntries() {
        FindingEvents events = new FindingEvents(null, "ferret");
        List<PutEventsRequestEntry> entries = List.of(events.finding(findings.emails("t.txt", 3, new Random(3)).finding()));
        recorder.errorNext(2, 400, "ThrottlingException");

        publisher.publish(entries);

        List<EventBridgeRecorder.Request> requests = recorder.requests();
        assertEquals(3, requests.size());
        assertEquals(requests.get(0).body(), requests.get(2).body());
        assertEquals(1, recorder.accepted().size());
    }

    @Test
    void retriesAreBoundedAndTheFailureNamesTheErrorCodeOnly() {
        FindingEvents events = new FindingEvents(null, "ferret");
        TestFindings.Generated g = findings.emails("b.txt", 2, new Random(5));
        recorder.failEverything("InternalFailure");

        PublishException e = assertThrows(PublishException.class, () -> publisher.publish(List.of(events.finding(g.finding()))));

        assertEquals(FAST.maxAttempts(), recorder.requests().size());
        assertTrue(e.getMessage().contains("InternalFailure"), e.getMessage());
        g.values().forEach(v -> assertFalse(e.getMessage().contains(v)));
    }

    @Test
    void requestErrorsThatRetryingCannotFixAreNotRetried() {
        FindingEvents events = new FindingEvents(null, "ferret");
        recorder.errorNext(1, 400, "ResourceNotFoundException");

        PublishException e = assertThrows(PublishException.class,
                () -> publisher.publish(List.of(events.finding(findings.emails("n.txt", 1, new Random(1)).finding()))));

        assertEquals(1, recorder.requests().size());
        assertTrue(e.getMessage().contains("ResourceNotFoundException"), e.getMessage());
    }

    @Test
    void dryRunPrintsTheEntriesThatWouldBeSent() {
        FindingEvents events = new FindingEvents("bus", "ferret");
        ObjectNode finding = findings.emails("d.txt", 2, new Random(2)).finding();
        StringWriter out = new StringWriter();

        new DryRunPublisher(new PrintWriter(out)).publish(List.of(events.finding(finding)));

        JsonNode line = parse(out.toString().strip());
        assertEquals("Macie Finding", line.path("DetailType").asText());
        assertEquals("ferret", line.path("Source").asText());
        assertEquals("bus", line.path("EventBusName").asText());
        assertEquals("arn:aws:s3:::test-bucket/d.txt", line.path("Resources").get(0).asText());
        assertEquals(parse(MacieJson.compact(finding)), parse(line.path("Detail").asText()));
        assertEquals(finding.path("updatedAt").asText(), line.path("Time").asText());
    }

    @Test
    void awsSourcesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FindingEvents(null, "aws.macie"));
    }

    /** Entry size as EventBridge counts it, computed from the JSON that went over the wire. */
    private static int wireSize(List<JsonNode> entries) {
        int size = 0;
        for (JsonNode e : entries) {
            size += e.has("Time") ? 14 : 0;
            size += utf8(e.path("Source").asText()) + utf8(e.path("DetailType").asText()) + utf8(e.path("Detail").asText());
            for (JsonNode r : e.path("Resources")) {
                size += utf8(r.asText());
            }
        }
        return size;
    }

    private static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String id(PutEventsRequestEntry entry) {
        return parse(entry.detail()).path("id").asText();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
