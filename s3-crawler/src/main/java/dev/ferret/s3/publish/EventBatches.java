package dev.ferret.s3.publish;

import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.util.ArrayList;
import java.util.List;

/** Splits entries, in order, into PutEvents requests of at most 10 entries and at most the request size limit. */
public final class EventBatches {

    public static final int MAX_ENTRIES = 10;

    private EventBatches() {
    }

    public static List<List<PutEventsRequestEntry>> split(List<PutEventsRequestEntry> entries, int maxRequestBytes) {
        List<List<PutEventsRequestEntry>> batches = new ArrayList<>();
        List<PutEventsRequestEntry> batch = new ArrayList<>();
        int bytes = 0;
        for (PutEventsRequestEntry entry : entries) {
            int size = EntrySize.of(entry);
            if (!batch.isEmpty() && (batch.size() == MAX_ENTRIES || bytes + size > maxRequestBytes)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(entry);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
