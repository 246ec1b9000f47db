package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A loopback stand-in for EventBridge's PutEvents (JSON 1.1, {@code X-Amz-Target: AWSEvents.PutEvents}) that records
 * every signed request and answers as EventBridge does: all entries accepted, or, when planned, some entries failed
 * with an ErrorCode (FailedEntryCount), a throttled request (400 ThrottlingException) or another error.
 */
public final class EventBridgeRecorder implements AutoCloseable {

    /** One request as it came over the wire. */
    public record Request(String target, String authorization, String contentType, String body, JsonNode json) {
        public List<JsonNode> entries() {
            List<JsonNode> list = new ArrayList<>();
            json.path("Entries").forEach(list::add);
            return list;
        }
    }

    private sealed interface Plan {
    }

    private record FailEntries(Set<Integer> indexes, String errorCode) implements Plan {
    }

    private record Error(int status, String type) implements Plan {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final List<JsonNode> accepted = new ArrayList<>();
    private final List<Long> acceptedNanos = new ArrayList<>();
    private final Deque<Plan> plans = new ArrayDeque<>();
    private Plan always;

    public EventBridgeRecorder() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request gets these entries failed with {@code errorCode}. */
    public synchronized void failEntriesOnce(Set<Integer> indexes, String errorCode) {
        plans.add(new FailEntries(indexes, errorCode));
    }

    /** The next {@code times} requests get {@code status} with the error {@code type}, such as ThrottlingException. */
    public synchronized void errorNext(int times, int status, String type) {
        for (int i = 0; i < times; i++) {
            plans.add(new Error(status, type));
        }
    }

    /** Every request from now on fails every entry with {@code errorCode}. */
    public synchronized void failEverything(String errorCode) {
        always = new FailEntries(null, errorCode);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The entries EventBridge would have accepted, in arrival order. */
    public synchronized List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    /** When each accepted entry arrived ({@link System#nanoTime()}), in the order of {@link #accepted()}. */
    public synchronized List<Long> acceptedNanos() {
        return List.copyOf(acceptedNanos);
    }

    /** Forgets every request and plan, for a fresh start with the same server. */
    public synchronized void reset() {
        requests.clear();
        accepted.clear();
        acceptedNanos.clear();
        plans.clear();
        always = null;
    }

    /** Waits until the accepted entries satisfy {@code condition}; fails after {@code timeout}. */
    public List<JsonNode> awaitAccepted(Predicate<List<JsonNode>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.test(accepted)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for events; accepted so far: " + accepted.size());
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(accepted);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        Request request = new Request(exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, json);
        ObjectNode response = JSON.createObjectNode();
        int status = 200;
        synchronized (this) {
            requests.add(request);
            Plan plan = plans.isEmpty() ? always : plans.poll();
            if (!"AWSEvents.PutEvents".equals(request.target())) {
                plan = new Error(400, "UnknownOperationException");
            }
            if (plan instanceof Error error) {
                status = error.status();
                response.put("__type", error.type());
                response.put("message", "planned by the test");
            } else {
                ArrayNode results = response.putArray("Entries");
                int failed = 0;
                List<JsonNode> entries = request.entries();
                for (int i = 0; i < entries.size(); i++) {
                    if (plan instanceof FailEntries fail && (fail.indexes() == null || fail.indexes().contains(i))) {
                        results.addObject().put("ErrorCode", fail.errorCode()).put("ErrorMessage", "planned by the test");
                        failed++;
                    } else {
                        results.addObject().put("EventId", UUID.randomUUID().toString());
                        accepted.add(entries.get(i));
                        acceptedNanos.add(System.nanoTime());
                    }
                }
                response.put("FailedEntryCount", failed);
            }
            notifyAll();
        }
        byte[] out = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
