package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.time.Instant;
import java.util.List;

/**
 * Turns Macie findings into PutEvents entries shaped like Macie's own events: detail-type {@code Macie Finding}, the
 * finding as the detail, the object's ARN as the resource, and our own source ({@code aws.*} is reserved for AWS).
 * The event time is the finding's {@code updatedAt}, so the same finding always makes the same entry.
 */
public final class FindingEvents {

    public static final String DETAIL_TYPE = "Macie Finding";
    public static final String SUMMARY_DETAIL_TYPE = "Ferret Job Summary";
    public static final String DEFAULT_SOURCE = "dev.ferret.scanner";

    private static final Logger LOG = LoggerFactory.getLogger(FindingEvents.class);
    private static final int[] KEEP_STEPS = {8, 4, 2, 1, 0};

    private final String busName;
    private final String source;
    private final int maxEntryBytes;

    /**
     * @param busName       the event bus name or ARN, or {@code null} for the account's default bus
     * @param maxEntryBytes the size above which a finding's occurrences are trimmed (EventBridge: 256 KB)
     */
    public FindingEvents(String busName, String source, int maxEntryBytes) {
        if (source == null || source.isBlank() || source.startsWith("aws.")) {
            throw new IllegalArgumentException("the event source must be set and must not start with 'aws.' (reserved for AWS), got '" + source + "'");
        }
        this.busName = busName;
        this.source = source;
        this.maxEntryBytes = maxEntryBytes;
    }

    public FindingEvents(String busName, String source) {
        this(busName, source, EntrySize.MAX_REQUEST_BYTES);
    }

    /** The entry for one finding; trimmed of occurrences if it would not fit in one entry, never dropped. */
    public PutEventsRequestEntry finding(ObjectNode finding) {
        JsonNode object = finding.path("resourcesAffected").path("s3Object");
        String arn = object.path("bucketArn").asText() + "/" + object.path("key").asText();
        Instant time = Instant.parse(finding.path("updatedAt").asText());
        PutEventsRequestEntry entry = entry(DETAIL_TYPE, finding, List.of(arn), time);
        for (int i = 0; i < KEEP_STEPS.length && EntrySize.of(entry) > maxEntryBytes; i++) {
            entry = entry(DETAIL_TYPE, OccurrenceTrim.keepAtMost(finding, KEEP_STEPS[i]), List.of(arn), time);
        }
        if (EntrySize.of(entry) > maxEntryBytes) {
            // only a finding of hundreds of types could get here; EventBridge will reject it and the failure is reported
            LOG.warn("finding {} is {} bytes even without occurrences", finding.path("id").asText(), EntrySize.of(entry));
        }
        return entry;
    }

    /** The optional end-of-job event. */
    public PutEventsRequestEntry summary(ObjectNode summary, Instant time) {
        return entry(SUMMARY_DETAIL_TYPE, summary, List.of(), time);
    }

    private PutEventsRequestEntry entry(String detailType, ObjectNode detail, List<String> resources, Instant time) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(source)
                .detailType(detailType)
                .detail(MacieJson.compact(detail))
                .resources(resources)
                .time(time)
                .build();
    }
}
