package dev.ferret.core.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The JSON conventions Macie's records use: ISO-8601 UTC times with milliseconds, keys written in the order added. */
public final class MacieJson {

    /** Shared and thread-safe once configured; writes compact JSON. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private MacieJson() {
    }

    /** {@code 2024-03-11T19:46:53.031Z}, or {@code null} for an unknown time. */
    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** The record as one line of compact JSON. */
    public static String compact(JsonNode record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
