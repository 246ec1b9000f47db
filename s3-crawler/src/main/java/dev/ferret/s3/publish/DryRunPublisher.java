package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --dry-run-events}: prints each PutEvents request entry as one line of JSON, with the field names of the
 * PutEvents API, instead of sending it. {@code Detail} is a string holding the finding, exactly as it would be sent.
 */
public final class DryRunPublisher implements EventPublisher {

    private final PrintWriter out;

    public DryRunPublisher(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void publish(List<PutEventsRequestEntry> entries) {
        for (PutEventsRequestEntry entry : entries) {
            out.println(MacieJson.compact(json(entry)));
        }
        out.flush();
    }

    static ObjectNode json(PutEventsRequestEntry entry) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (entry.time() != null) {
            node.put("Time", MacieJson.time(entry.time()));
        }
        node.put("Source", entry.source());
        entry.resources().forEach(node.putArray("Resources")::add);
        node.put("DetailType", entry.detailType());
        node.put("Detail", entry.detail());
        if (entry.eventBusName() != null) {
            node.put("EventBusName", entry.eventBusName());
        }
        return node;
    }
}
