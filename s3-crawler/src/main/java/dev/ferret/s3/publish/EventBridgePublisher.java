package dev.ferret.s3.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eventbridge.EventBridgeAsyncClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends entries with PutEvents, in batches of at most 10 and 256 KB. Entries that come back failed (FailedEntryCount,
 * a per-entry ErrorCode) and whole requests that are throttled or fail on the server side are retried, only those
 * entries, with bounded exponential backoff and jitter. Delivery is at least once: a retried entry may already have
 * arrived, and consumers de-duplicate on the finding's stable ID. Only counts and error codes are logged.
 */
public final class EventBridgePublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventBridgePublisher.class);

    private final EventBridgeAsyncClient client;
    private final Backoff backoff;
    private final int maxRequestBytes;

    public EventBridgePublisher(EventBridgeAsyncClient client, Backoff backoff, int maxRequestBytes) {
        this.client = client;
        this.backoff = backoff;
        this.maxRequestBytes = maxRequestBytes;
    }

    public EventBridgePublisher(EventBridgeAsyncClient client) {
        this(client, Backoff.DEFAULT, EntrySize.MAX_REQUEST_BYTES);
    }

    @Override
    public void publish(List<PutEventsRequestEntry> entries) {
        for (List<PutEventsRequestEntry> batch : EventBatches.split(entries, maxRequestBytes)) {
            send(batch);
        }
    }

    private void send(List<PutEventsRequestEntry> batch) {
        List<PutEventsRequestEntry> pending = batch;
        Set<String> lastErrors = new TreeSet<>();
        Throwable lastFailure = null;
        for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
            if (attempt > 1) {
                sleep(backoff.delayBefore(attempt - 1).toMillis());
            }
            List<PutEventsRequestEntry> toSend = pending;
            PutEventsResponse response;
            try {
                response = client.putEvents(r -> r.entries(toSend)).get();
            } catch (ExecutionException | CompletionException e) {
                Throwable cause = e.getCause();
                if (!retryable(cause)) {
                    throw new PublishException("PutEvents failed: " + errorName(cause), cause);
                }
                lastFailure = cause;
                lastErrors = new TreeSet<>(Set.of(errorName(cause)));
                LOG.warn("PutEvents of {} entries failed ({}), attempt {} of {}", toSend.size(), errorName(cause),
                        attempt, backoff.maxAttempts());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException("interrupted while publishing " + toSend.size() + " events", e);
            }
            List<PutEventsRequestEntry> failed = new ArrayList<>();
            lastErrors = new TreeSet<>();
            List<PutEventsResultEntry> results = response.entries();
            for (int i = 0; i < toSend.size(); i++) {
                // a response without a result for an entry is treated as that entry failing
                PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
                if (result == null || result.errorCode() != null) {
                    failed.add(toSend.get(i));
                    lastErrors.add(result == null ? "MissingResult" : result.errorCode());
                }
            }
            if (failed.isEmpty()) {
                return;
            }
            LOG.warn("{} of {} events failed ({}), attempt {} of {}", failed.size(), toSend.size(), lastErrors,
                    attempt, backoff.maxAttempts());
            pending = failed;
        }
        throw new PublishException(pending.size() + " events not delivered after " + backoff.maxAttempts()
                + " attempts: " + lastErrors, lastFailure);
    }

    /** Throttling, server errors and network failures pass; bad requests, missing buses and denied access do not. */
    private static boolean retryable(Throwable e) {
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e instanceof SdkClientException;
    }

    private static String errorName(Throwable e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return e.getClass().getSimpleName();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting to retry", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
