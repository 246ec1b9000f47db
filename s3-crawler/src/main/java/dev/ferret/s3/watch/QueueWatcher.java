package dev.ferret.s3.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ferret watch}: long-polls an SQS queue of S3 event notifications and scans each new object. A message is
 * deleted only after its objects' findings and results are published, so a crash or kill at any point loses nothing:
 * the message becomes visible again and is processed again (at least once; finding IDs are stable, so consumers
 * de-duplicate). While a scan runs, the message's visibility is extended. A message that keeps failing is left to the
 * queue's redrive policy. Logs name message IDs, buckets and keys, never content.
 */
public final class QueueWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWatcher.class);

    private final SqsAsyncClient sqs;
    private final WatchSettings settings;
    private final UploadHandler handler;
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ferret-watch-visibility");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong leftToRedrive = new AtomicLong();
    private final Set<Message> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private volatile CompletableFuture<ReceiveMessageResponse> poll;

    public QueueWatcher(SqsAsyncClient sqs, WatchSettings settings, UploadHandler handler) {
        this.sqs = sqs;
        this.settings = settings;
        this.handler = handler;
        this.slots = new Semaphore(settings.concurrency());
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "ferret-watch-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Messages acknowledged so far. */
    public long processed() {
        return processed.get();
    }

    /** Receipts of messages left alone because they were received more than the allowed number of times. */
    public long leftToRedrive() {
        return leftToRedrive.get();
    }

    /**
     * Polls until {@link #stop()}; then waits up to the shutdown grace for in-flight messages and abandons the rest
     * (not deleted, so they come back). Returns normally after a stop.
     */
    public void run() throws InterruptedException {
        LOG.info("watching {} with {} workers", settings.queueUrl(), settings.concurrency());
        try {
            while (running) {
                // wait for a free worker, but keep looking at the stop flag
                if (!slots.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                int free = 1 + slots.drainPermits();
                List<Message> messages = receive(Math.min(10, free));
                slots.release(free - messages.size());
                if (!running) {
                    returnToQueue(messages);
                    slots.release(messages.size());
                    break;
                }
                for (Message message : messages) {
                    inFlight.add(message);
                    workers.execute(() -> {
                        try {
                            handle(message);
                        } finally {
                            inFlight.remove(message);
                            slots.release();
                        }
                    });
                }
            }
        } finally {
            workers.shutdown();
            if (!workers.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                // taken before the interrupted workers drop out of inFlight
                List<Message> abandoned = List.copyOf(inFlight);
                LOG.warn("abandoning {} in-flight messages, not deleted: they will be received again", abandoned.size());
                workers.shutdownNow();
                workers.awaitTermination(5, TimeUnit.SECONDS);
                returnToQueue(abandoned);
            }
            heartbeat.shutdownNow();
            LOG.info("stopped after {} messages", processed.get());
        }
    }

    /** Stops polling; {@link #run()} then finishes or abandons in-flight work and returns. Safe from any thread. */
    public void stop() {
        running = false;
        CompletableFuture<ReceiveMessageResponse> current = poll;
        if (current != null) {
            current.cancel(true);
        }
    }

    private List<Message> receive(int max) throws InterruptedException {
        try {
            poll = sqs.receiveMessage(r -> r.queueUrl(settings.queueUrl())
                    .maxNumberOfMessages(max)
                    .waitTimeSeconds((int) settings.waitTime().toSeconds())
                    .visibilityTimeout((int) settings.visibilityTimeout().toSeconds())
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            if (!running) {
                poll.cancel(true);
            }
            return poll.get().messages();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            if (running) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.warn("receiving from the queue failed ({}); retrying", cause.getClass().getSimpleName());
                Thread.sleep(1000);
            }
            return List.of();
        }
    }

    private void handle(Message message) {
        int receives = Integer.parseInt(message.attributes()
                .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        if (receives > settings.maxReceives()) {
            leftToRedrive.incrementAndGet();
            LOG.error("message {} was received {} times; leaving it to the queue's redrive policy",
                    message.messageId(), receives);
            return;
        }
        S3Notification notification = S3Notification.parse(message.body());
        switch (notification) {
            case S3Notification.Unreadable u ->
                    LOG.error("message {} is not an S3 event ({}); leaving it to the queue's redrive policy",
                            message.messageId(), u.why());
            case S3Notification.Ignored i -> {
                LOG.info("message {}: {}; deleting it", message.messageId(), i.why());
                delete(message);
            }
            case S3Notification.ObjectsCreated created -> scanThenDelete(message, created);
        }
    }

    private void scanThenDelete(Message message, S3Notification.ObjectsCreated created) {
        long every = Math.max(1, settings.visibilityTimeout().toMillis() / 2);
        ScheduledFuture<?> extension = heartbeat.scheduleAtFixedRate(() -> extend(message), every, every,
                TimeUnit.MILLISECONDS);
        try {
            handler.process(created.objects());
        } catch (Exception e) {
            // includes interruption when abandoned at shutdown: the message is simply not deleted
            LOG.warn("message {} failed ({}); it will be received again", message.messageId(), e.getClass().getSimpleName());
            return;
        } finally {
            extension.cancel(false);
        }
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        delete(message);
    }

    /** Makes messages that will not be finished visible again at once, rather than when their timeout runs out. */
    private void returnToQueue(List<Message> messages) {
        for (Message message : messages) {
            try {
                sqs.changeMessageVisibility(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle())
                        .visibilityTimeout(0)).get(5, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("could not return message {} to the queue ({}); it comes back when its visibility times out",
                        message.messageId(), e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void extend(Message message) {
        sqs.changeMessageVisibility(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle())
                        .visibilityTimeout((int) settings.visibilityTimeout().toSeconds()))
                .whenComplete((ok, e) -> {
                    if (e != null) {
                        LOG.warn("could not extend the visibility of message {} ({})", message.messageId(),
                                e.getClass().getSimpleName());
                    }
                });
    }

    private void delete(Message message) {
        try {
            sqs.deleteMessage(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle())).get();
            processed.incrementAndGet();
        } catch (ExecutionException e) {
            LOG.warn("could not delete message {} ({}); it will be processed again", message.messageId(),
                    e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
