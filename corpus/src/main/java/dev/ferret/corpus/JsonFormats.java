package dev.ferret.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer exports as JSON (one document, records under {@code $.customers}) and JSON Lines (one customer per line).
 * Locations follow Macie: recordIndex 0 for JSON, the 0-based line for JSON Lines; jsonPath in dot notation.
 */
final class JsonFormats {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Random rnd;
    private final People people;
    private final Facts facts;

    JsonFormats(Random rnd, People people, Facts facts) {
        this.rnd = rnd;
        this.people = people;
        this.facts = facts;
    }

    GeneratedFile json(String path, String country, int records) {
        List<CustomerSchema.Column> cols = CustomerSchema.forCountry(country, rnd, facts);
        List<Label> labels = new ArrayList<>();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("exported_at", "2026-11-0" + (1 + rnd.nextInt(9)) + "T12:00:00Z");
        ArrayNode customers = root.putArray("customers");
        for (int i = 0; i < records; i++) {
            customers.add(customer(people.next(country), cols, "$.customers[" + i + "]", 0, labels));
        }
        return new GeneratedFile(path, write(root, true), labels);
    }

    GeneratedFile jsonLines(String path, String country, int records) {
        List<CustomerSchema.Column> cols = CustomerSchema.forCountry(country, rnd, facts);
        List<Label> labels = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < records; i++) {
            ObjectNode node = customer(people.next(country), cols, "$", i, labels);
            out.append(new String(write(node, false), StandardCharsets.UTF_8)).append('\n');
        }
        return new GeneratedFile(path, out.toString().getBytes(StandardCharsets.UTF_8), labels);
    }

    private ObjectNode customer(Person p, List<CustomerSchema.Column> cols, String base, int recordIndex, List<Label> labels) {
        ObjectNode node = MAPPER.createObjectNode();
        for (CustomerSchema.Column col : cols) {
            String v = col.value().apply(p);
            if (v == null) {
                continue;
            }
            ObjectNode parent = col.group() == null ? node : node.has(col.group()) ? (ObjectNode) node.get(col.group())
                    : node.putObject(col.group());
            parent.put(col.header(), v);
            if (col.identifier() != null) {
                String path = base + (col.group() == null ? "" : "." + col.group()) + "." + col.header();
                labels.add(new Label("", col.identifier(), TruthLocation.record(recordIndex, path)));
            }
        }
        return node;
    }

    private static byte[] write(Object node, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node) : MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
