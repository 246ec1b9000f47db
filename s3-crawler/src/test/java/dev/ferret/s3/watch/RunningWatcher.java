package dev.ferret.s3.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.Scanner;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieRecordRenderer;
import dev.ferret.s3.S3ObjectReader;
import dev.ferret.s3.publish.AwsClients;
import dev.ferret.s3.publish.Backoff;
import dev.ferret.s3.publish.EntrySize;
import dev.ferret.s3.publish.EventBridgePublisher;
import dev.ferret.s3.publish.FindingEvents;
import dev.ferret.s3.publish.Publication;
import dev.ferret.s3.publish.ResultsFile;

import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A watcher on its own thread, publishing to an EventBridge endpoint and a gzip results file, as {@code watch} wires it. */
final class RunningWatcher implements AutoCloseable {

    static final String JOB_ID = "fedcba9876543210fedcba9876543210";

    final QueueWatcher watcher;
    final ConcurrentLinkedQueue<ObjectNode> printed = new ConcurrentLinkedQueue<>();
    private final Publication publication;
    private final Thread thread;

    RunningWatcher(LoopbackServers servers, String queueUrl, URI eventBridge, Backoff backoff, Path results,
                   int concurrency, Duration grace) throws Exception {
        this(servers.s3, servers.sqs, servers.scanner, queueUrl, eventBridge, backoff, results, concurrency, grace);
    }

    RunningWatcher(S3AsyncClient s3, SqsAsyncClient sqs, Scanner scanner, String queueUrl, URI eventBridge,
                   Backoff backoff, Path results, int concurrency, Duration grace) throws Exception {
        ResultsFile file = ResultsFile.create(results);
        FindingContext context = new FindingContext(FindingContext.DEFAULT_ACCOUNT_ID, "us-east-1", "aws", JOB_ID,
                Instant.parse("2026-01-01T00:00:00Z"), file.location());
        publication = new Publication(context, new FindingEvents("ferret-test", FindingEvents.DEFAULT_SOURCE),
                new EventBridgePublisher(LoopbackServers.clients(AwsClients.EVENTBRIDGE, eventBridge).eventBridge(),
                        backoff, EntrySize.MAX_REQUEST_BYTES), file, false);
        ObjectPipeline pipeline = new ObjectPipeline(new S3ObjectReader(s3, S3ObjectReader.Settings.DEFAULTS), scanner,
                new MacieRecordRenderer(context, scanner.identifiers().identifiers()), publication, printed::add);
        watcher = new QueueWatcher(sqs, new WatchSettings(queueUrl, concurrency, Duration.ofSeconds(1),
                Duration.ofSeconds(4), 3, grace), pipeline);
        thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "test-watcher");
        thread.start();
    }

    /** Stops the watcher (finishing or abandoning in-flight work, per the grace) and closes its outputs. */
    @Override
    public void close() throws Exception {
        watcher.stop();
        thread.join(30_000);
        if (thread.isAlive()) {
            throw new AssertionError("the watcher did not stop");
        }
        publication.close();
    }
}
