package dev.ferret.core.extract.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders JSONPath strings the way Macie reports them: {@code $.a.b[2]}, with {@code $['odd key']} for names that are
 * not simple identifiers. A name longer than 240 chars keeps only its last 240; when the whole path is longer than 250
 * chars, leading elements are dropped and the path starts with {@code $..}.
 */
public final class JsonPath {

    static final int MAX_NAME = 240;
    static final int MAX_PATH = 250;
    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPath() {
    }

    /** Elements are field names ({@link String}) and array indices ({@link Integer}), outermost first. */
    public static String render(List<Object> elements) {
        List<String> parts = new ArrayList<>(elements.size());
        int length = 1;
        for (Object element : elements) {
            String part = part(element);
            parts.add(part);
            length += part.length();
        }
        if (length <= MAX_PATH) {
            return "$" + String.join("", parts);
        }
        int from = 0;
        length += 1; // the second '.' of "$.."
        while (from < parts.size() - 1 && length > MAX_PATH) {
            length -= parts.get(from++).length();
        }
        String rest = String.join("", parts.subList(from, parts.size()));
        return "$." + (rest.startsWith(".") ? rest : "." + rest);
    }

    private static String part(Object element) {
        if (element instanceof Integer index) {
            return "[" + index + "]";
        }
        String name = (String) element;
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        if (SIMPLE.matcher(name).matches()) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
