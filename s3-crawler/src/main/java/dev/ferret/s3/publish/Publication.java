package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.result.ObjectScanResult;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a job's output goes besides the findings report: finding events (EventBridge or a dry run) and discovery
 * results (file or S3). Either part may be absent. {@code scan} adds objects one by one and events are buffered into
 * full batches; {@code watch} delivers each message's objects at once with {@link #deliver(List)}, which returns only
 * when they are published, and shares no buffer between messages (a failed message must not leave entries behind).
 */
public final class Publication implements AutoCloseable {

    private final FindingContext context;
    private final FindingEvents events;
    private final EventPublisher publisher;
    private final ResultsSink results;
    private final boolean summaryEvent;
    private final JobSummary summary = new JobSummary();
    private final List<PutEventsRequestEntry> pending = new ArrayList<>();

    /**
     * @param events    how findings become entries, or {@code null} when no events are published
     * @param publisher where entries go, or {@code null} with {@code events}
     * @param results   the results sink, or {@code null}
     */
    public Publication(FindingContext context, FindingEvents events, EventPublisher publisher, ResultsSink results,
                       boolean summaryEvent) {
        if ((events == null) != (publisher == null)) {
            throw new IllegalArgumentException("events and publisher come together");
        }
        this.context = context;
        this.events = events;
        this.publisher = publisher;
        this.results = results;
        this.summaryEvent = summaryEvent && events != null;
    }

    /** One scanned object: its finding, if anything was found, and its discovery result records. */
    public record Item(ObjectScanResult result, Optional<ObjectNode> finding, List<ObjectNode> resultRecords) {
    }

    /** Adds one scanned object: its finding, if any, to the buffered events; its result records to the sink. */
    public synchronized void add(Item item) throws IOException {
        summary.add(item.result(), item.finding().isPresent());
        if (results != null) {
            results.write(item.resultRecords());
        }
        if (events != null && item.finding().isPresent()) {
            pending.add(events.finding(item.finding().get()));
            if (pending.size() >= EventBatches.MAX_ENTRIES) {
                publishPending();
            }
        }
    }

    /** Publishes these objects' events and makes their results durable; returns when both are done. Thread-safe. */
    public void deliver(List<Item> items) throws IOException {
        if (events != null) {
            List<PutEventsRequestEntry> entries = new ArrayList<>();
            items.forEach(item -> item.finding().ifPresent(f -> entries.add(events.finding(f))));
            publisher.publish(entries);
        }
        if (results != null) {
            for (Item item : items) {
                results.write(item.resultRecords());
            }
            results.flush();
        }
        items.forEach(item -> summary.add(item.result(), item.finding().isPresent()));
    }

    /** Delivers the buffered events and makes the results durable. */
    private void flush() throws IOException {
        publishPending();
        if (results != null) {
            results.flush();
        }
    }

    public boolean writesResults() {
        return results != null;
    }

    private void publishPending() {
        if (!pending.isEmpty()) {
            publisher.publish(List.copyOf(pending));
            pending.clear();
        }
    }

    /** Flushes, sends the summary event if asked for, and closes the sink and the publisher. */
    @Override
    public synchronized void close() throws IOException {
        try {
            flush();
            if (summaryEvent) {
                Instant now = Instant.now();
                publisher.publish(List.of(events.summary(summary.json(context, now), now)));
            }
        } finally {
            try {
                if (results != null) {
                    results.close();
                }
            } finally {
                if (publisher != null) {
                    publisher.close();
                }
            }
        }
    }
}
