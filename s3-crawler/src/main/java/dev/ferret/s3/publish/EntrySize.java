package dev.ferret.s3.publish;

import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.nio.charset.StandardCharsets;

/**
 * The size of a PutEvents entry as EventBridge counts it against the 256 KB request limit: 14 bytes for a Time, plus the
 * UTF-8 bytes of Source, DetailType, Detail and each Resource (the bus name does not count).
 */
public final class EntrySize {

    /** EventBridge's limit on the total of a PutEvents request's entries, and so on any one entry. */
    public static final int MAX_REQUEST_BYTES = 256 * 1024;

    private EntrySize() {
    }

    public static int of(PutEventsRequestEntry entry) {
        int size = entry.time() != null ? 14 : 0;
        size += utf8(entry.source()) + utf8(entry.detailType()) + utf8(entry.detail());
        for (String resource : entry.resources()) {
            size += utf8(resource);
        }
        return size;
    }

    private static int utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
