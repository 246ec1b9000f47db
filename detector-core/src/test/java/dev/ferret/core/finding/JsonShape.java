package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a JSON document with a shape: an object lists exactly the keys expected, a string leaf names the JSON
 * type(s) allowed ({@code string|null}), an array holds the shape every element must have (an empty array: no elements).
 */
final class JsonShape {

    private JsonShape() {
    }

    /** Every difference between {@code actual} and {@code shape}, as "path: problem" lines; empty when they agree. */
    static List<String> differences(JsonNode shape, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk("$", shape, actual, out);
        return out;
    }

    private static void walk(String path, JsonNode shape, JsonNode actual, List<String> out) {
        if (shape.isTextual()) {
            Set<String> allowed = Set.of(shape.asText().split("\\|"));
            if (!allowed.contains(typeOf(actual))) {
                out.add(path + ": expected " + shape.asText() + ", got " + typeOf(actual));
            }
        } else if (shape.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": expected object, got " + typeOf(actual));
                return;
            }
            Set<String> expected = names(shape.fieldNames());
            Set<String> present = names(actual.fieldNames());
            for (String key : expected) {
                if (!present.contains(key)) {
                    out.add(path + "." + key + ": missing");
                } else {
                    walk(path + "." + key, shape.get(key), actual.get(key), out);
                }
            }
            for (String key : present) {
                if (!expected.contains(key)) {
                    out.add(path + "." + key + ": unexpected key");
                }
            }
        } else if (shape.isArray()) {
            if (!actual.isArray()) {
                out.add(path + ": expected array, got " + typeOf(actual));
                return;
            }
            if (shape.isEmpty() && !actual.isEmpty()) {
                out.add(path + ": expected an empty array");
            }
            for (int i = 0; i < actual.size() && !shape.isEmpty(); i++) {
                walk(path + "[" + i + "]", shape.get(0), actual.get(i), out);
            }
        }
    }

    private static String typeOf(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        return switch (node.getNodeType()) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case OBJECT -> "object";
            case ARRAY -> "array";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> s = new TreeSet<>();
        it.forEachRemaining(s::add);
        return s;
    }
}
