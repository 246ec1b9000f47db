package dev.ferret.s3.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ferret.core.finding.MacieJson;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An SQS message body read as an S3 event notification, in any of the shapes S3 delivers: S3 to SQS ({@code Records[]},
 * keys URL-encoded with {@code +} for spaces), the same wrapped by SNS, EventBridge "Object Created" ({@code detail}),
 * and the {@code s3:TestEvent} S3 sends when a notification is configured.
 */
public sealed interface S3Notification {

    /** New objects to scan. */
    record ObjectsCreated(List<CreatedObject> objects) implements S3Notification {
    }

    /** Nothing to scan (a test event, a deletion, another event type); the message is acknowledged. */
    record Ignored(String why) implements S3Notification {
    }

    /** Not an S3 notification at all; the message is left for the queue's redrive policy. */
    record Unreadable(String why) implements S3Notification {
    }

    /**
     * One created object as the event describes it; the size, ETag and version come from the event, so the finding ID
     * (which hashes the ETag) is the same however often the message is delivered.
     */
    record CreatedObject(String bucket, String key, long size, String eTag, String versionId, Instant time) {
    }

    static S3Notification parse(String body) {
        JsonNode root;
        try {
            root = MacieJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return new Unreadable("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return new Unreadable("the body is not a JSON object");
        }
        if ("Notification".equals(root.path("Type").asText()) && root.path("Message").isTextual()) {
            return parse(root.path("Message").asText()); // S3 -> SNS -> SQS
        }
        if ("s3:TestEvent".equals(root.path("Event").asText())) {
            return new Ignored("s3:TestEvent");
        }
        if (root.has("Records")) {
            return records(root.path("Records"));
        }
        if (root.has("detail-type") && "aws.s3".equals(root.path("source").asText())) {
            return eventBridge(root);
        }
        return new Unreadable("neither an S3 notification nor an EventBridge S3 event");
    }

    private static S3Notification records(JsonNode records) {
        List<CreatedObject> objects = new ArrayList<>();
        for (JsonNode record : records) {
            if (!record.path("eventName").asText().startsWith("ObjectCreated:")) {
                continue;
            }
            JsonNode object = record.path("s3").path("object");
            String bucket = record.path("s3").path("bucket").path("name").asText("");
            String key = object.path("key").asText("");
            if (bucket.isEmpty() || key.isEmpty()) {
                return new Unreadable("an ObjectCreated record without a bucket or key");
            }
            objects.add(new CreatedObject(bucket, URLDecoder.decode(key, StandardCharsets.UTF_8),
                    object.path("size").asLong(-1), text(object.path("eTag")), object.path("versionId").asText(""),
                    time(record.path("eventTime").asText())));
        }
        return objects.isEmpty() ? new Ignored("no ObjectCreated records") : new ObjectsCreated(objects);
    }

    /** EventBridge's S3 events carry the key as it is, not URL-encoded. */
    private static S3Notification eventBridge(JsonNode root) {
        if (!"Object Created".equals(root.path("detail-type").asText())) {
            return new Ignored(root.path("detail-type").asText() + " event");
        }
        JsonNode detail = root.path("detail");
        String bucket = detail.path("bucket").path("name").asText("");
        String key = detail.path("object").path("key").asText("");
        if (bucket.isEmpty() || key.isEmpty()) {
            return new Unreadable("an Object Created event without a bucket or key");
        }
        JsonNode object = detail.path("object");
        return new ObjectsCreated(List.of(new CreatedObject(bucket, key, object.path("size").asLong(-1),
                text(object.path("etag")), object.path("version-id").asText(""), time(root.path("time").asText()))));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
