package dev.ferret.s3.watch;

import dev.ferret.s3.publish.AwsClients;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The watcher's queue handling against ElasticMQ, with stand-in handlers: visibility, redrive, stop. */
class QueueWatcherTest {

    private static SQSRestServer elasticmq;
    private static SqsAsyncClient sqs;

    private String queueUrl;
    private QueueWatcher watcher;
    private Thread thread;

    @BeforeAll
    static void start() {
        elasticmq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int port = elasticmq.waitUntilStarted().localAddress().getPort();
        sqs = LoopbackServers.clients(AwsClients.SQS, URI.create("http://127.0.0.1:" + port)).sqs();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        elasticmq.stopAndWait();
    }

    @BeforeEach
    void queue() throws Exception {
        queueUrl = sqs.createQueue(r -> r.queueName("q" + Long.toHexString(System.nanoTime()))).get().queueUrl();
    }

    @AfterEach
    void stopWatcher() throws InterruptedException {
        if (watcher != null) {
            watcher.stop();
            thread.join(30_000);
        }
    }

    private void run(UploadHandler handler, int concurrency, int maxReceives, Duration grace) {
        watcher = new QueueWatcher(sqs, new WatchSettings(queueUrl, concurrency, Duration.ofSeconds(1),
                Duration.ofSeconds(2), maxReceives, grace), handler);
        thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
    }

    private void send(String body) throws Exception {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body)).get();
    }

    private static String upload(String key) {
        return S3NotificationTest.s3Event("ObjectCreated:Put", "b", key, 1, "e");
    }

    private int messagesLeft() throws Exception {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).get().attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                fail("timed out waiting: " + what); // a bound on the wait, not a speed check
            }
            Thread.sleep(50);
        }
    }

    /** A scan longer than twice the visibility timeout: without extension a second worker would receive it again. */
    @Test
    void aLongScanKeepsItsMessageHidden() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        send(upload("slow.txt"));
        run(objects -> {
            calls.incrementAndGet();
            sleep(5_000);
        }, 2, 5, Duration.ofSeconds(30));

        await(() -> watcher.processed() == 1, "the message is acknowledged");
        assertEquals(1, calls.get(), "processed once: its visibility was extended while it ran");
        assertEquals(0, messagesLeft());
    }

    @Test
    void aMessageThatKeepsFailingIsLeftToTheRedrivePolicy() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        send(upload("poison.txt"));
        run(objects -> {
            calls.incrementAndGet();
            throw new IOException("EventBridge is down");
        }, 1, 2, Duration.ofSeconds(30));

        await(() -> watcher.leftToRedrive() >= 1, "the third receipt is left alone");
        assertEquals(2, calls.get());
        assertEquals(1, messagesLeft(), "never deleted");
        assertEquals(0, watcher.processed());
    }

    @Test
    void testEventsAreAcknowledgedAndOtherBodiesLeft() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        send("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}");
        send("this is not an S3 event");
        run(objects -> calls.incrementAndGet(), 1, 5, Duration.ofSeconds(30));

        await(() -> watcher.processed() == 1, "the test event is deleted");
        assertEquals(0, calls.get());
        assertEquals(1, messagesLeft(), "the unreadable body stays for the redrive policy");
    }

    /** Stopped while a message is in flight, the watcher lets it finish within the grace period, then returns. */
    @Test
    void stopLetsInFlightWorkFinishWithinTheGrace() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        send(upload("a.txt"));
        run(objects -> {
            started.countDown();
            sleep(1_000);
        }, 1, 5, Duration.ofSeconds(30));

        assertTrue(started.await(60, TimeUnit.SECONDS));
        watcher.stop();
        thread.join(30_000);
        assertFalse(thread.isAlive());
        assertEquals(1, watcher.processed());
        assertEquals(0, messagesLeft());
    }

    /** Stopped with no grace, in-flight messages are abandoned undeleted and visible again at once. */
    @Test
    void stopWithoutGraceAbandonsInFlightWorkUndeleted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        send(upload("b.txt"));
        run(objects -> {
            started.countDown();
            sleep(30_000);
        }, 1, 5, Duration.ZERO);

        assertTrue(started.await(60, TimeUnit.SECONDS));
        watcher.stop();
        thread.join(30_000);
        assertFalse(thread.isAlive());
        assertEquals(0, watcher.processed());
        List<?> again = sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(1)).get().messages();
        assertEquals(1, again.size(), "the abandoned message can be received again at once");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped");
        }
    }
}
