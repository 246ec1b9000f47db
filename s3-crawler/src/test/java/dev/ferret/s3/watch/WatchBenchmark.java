package dev.ferret.s3.watch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferret.s3.publish.Backoff;
import dev.ferret.s3.publish.EventBridgeRecorder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Upload-to-event latency and sustained throughput of {@code watch} on loopback (S3Proxy, ElasticMQ, the EventBridge
 * recorder). Not part of the build: run by {@code scripts/bench-watch.sh} with {@code -Dferret.bench=true}.
 * Latency is measured from just before the PutObject to the finding event's arrival at the recorder, with uploads
 * paced so they do not queue; throughput from a burst of uploads to the last event.
 */
class WatchBenchmark {

    @TempDir
    Path dir;

    @Test
    void uploadToEvent() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("ferret.bench"), "set -Dferret.bench=true to run the benchmark");
        int paced = Integer.getInteger("ferret.bench.paced", 200);
        int burst = Integer.getInteger("ferret.bench.burst", 1000);
        int concurrency = Integer.getInteger("ferret.bench.concurrency", Runtime.getRuntime().availableProcessors());
        try (LoopbackServers servers = new LoopbackServers();
             EventBridgeRecorder recorder = new EventBridgeRecorder()) {
            String bucket = "bench";
            servers.s3.createBucket(r -> r.bucket(bucket)).get();
            String queueUrl = servers.sqs.createQueue(r -> r.queueName("bench")).get().queueUrl();
            try (RunningWatcher watcher = new RunningWatcher(servers, queueUrl, recorder.endpoint(), Backoff.DEFAULT,
                    dir.resolve("results.jsonl.gz"), concurrency, Duration.ofSeconds(30))) {
                // warm-up: the first objects pay for class loading and connection set-up
                uploadAll(servers, bucket, queueUrl, "warm", 20, 0, new HashMap<>());
                recorder.awaitAccepted(a -> a.size() >= 20, Duration.ofMinutes(2));

                Map<String, Long> started = new HashMap<>();
                int before = recorder.accepted().size();
                uploadAll(servers, bucket, queueUrl, "paced", paced, 20, started);
                recorder.awaitAccepted(a -> a.size() >= before + paced, Duration.ofMinutes(5));
                List<Long> latencies = latencies(recorder, started, before);

                Map<String, Long> burstStarted = new HashMap<>();
                int beforeBurst = recorder.accepted().size();
                long t0 = System.nanoTime();
                uploadAll(servers, bucket, queueUrl, "burst", burst, 0, burstStarted);
                long uploadedNanos = System.nanoTime() - t0;
                List<JsonNode> all = recorder.awaitAccepted(a -> a.size() >= beforeBurst + burst, Duration.ofMinutes(10));
                long lastEvent = recorder.acceptedNanos().get(all.size() - 1);
                double seconds = (lastEvent - t0) / 1e9;

                Collections.sort(latencies);
                System.out.printf("BENCH watch: concurrency=%d paced=%d p50=%d ms p99=%d ms max=%d ms%n", concurrency,
                        paced, percentile(latencies, 50), percentile(latencies, 99), latencies.getLast());
                System.out.printf("BENCH watch: burst=%d uploads in %.2f s (%.1f uploads/s), all events after %.2f s: %.1f objects/s sustained%n",
                        burst, uploadedNanos / 1e9, burst / (uploadedNanos / 1e9), seconds, burst / seconds);
            }
        }
    }

    /** Uploads small CSV objects with one e-mail address each and sends their S3 events; {@code gapMillis} paces them. */
    private static void uploadAll(LoopbackServers servers, String bucket, String queueUrl, String prefix, int count,
                                  long gapMillis, Map<String, Long> started) throws Exception {
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = prefix + "/object " + i + ".csv";
            String body = "name,email\nperson " + i + ",user" + i + "@example.org\n";
            started.put("arn:aws:s3:::" + bucket + "/" + key, System.nanoTime());
            CompletableFuture<?> done = servers.s3.putObject(r -> r.bucket(bucket).key(key), AsyncRequestBody.fromString(body))
                    .thenCompose(put -> servers.sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(
                            S3NotificationTest.s3Event("ObjectCreated:Put", bucket,
                                    URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"),
                                    body.length(), put.eTag().replace("\"", "")))));
            if (gapMillis > 0) {
                done.get();
                Thread.sleep(gapMillis);
            } else {
                pending.add(done);
                if (pending.size() >= 64) { // bounded in-flight uploads
                    pending.removeFirst().get();
                }
            }
        }
        for (CompletableFuture<?> f : pending) {
            f.get();
        }
    }

    private static List<Long> latencies(EventBridgeRecorder recorder, Map<String, Long> started, int from) {
        List<JsonNode> accepted = recorder.accepted();
        List<Long> nanos = recorder.acceptedNanos();
        List<Long> latencies = new ArrayList<>();
        for (int i = from; i < accepted.size(); i++) {
            Long t0 = started.remove(accepted.get(i).path("Resources").get(0).asText());
            if (t0 != null) {
                latencies.add((nanos.get(i) - t0) / 1_000_000);
            }
        }
        return latencies;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
