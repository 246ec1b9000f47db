package dev.ferret.core.extract.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.result.StatusReason;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a stream of JSON tokens and appends every string and number value as one unit, with its path, one value per
 * line of segment text. Field names are not scanned as values; they are keyword context. Holds only the current path.
 */
final class JsonValueWalker {

    private final UnitPositions units;
    private final int maxDepth;
    /** Per open container: a field name (object) or the index of the current element (array, as Integer). */
    private final List<Object> path = new ArrayList<>();
    private final List<Boolean> isArray = new ArrayList<>();

    JsonValueWalker(UnitPositions units, int maxDepth) {
        this.units = units;
        this.maxDepth = maxDepth;
    }

    /** Walks every value of {@code parser} (one or more root values) as record {@code recordIndex}. */
    void walk(JsonParser parser, long recordIndex) throws IOException, ExtractionException {
        path.clear();
        isArray.clear();
        for (JsonToken token; (token = parser.nextToken()) != null; ) {
            switch (token) {
                case FIELD_NAME -> path.set(path.size() - 1, parser.currentName());
                case START_OBJECT, START_ARRAY -> {
                    nextElement();
                    if (path.size() >= maxDepth) {
                        throw new ExtractionException(StatusReason.JSON_NESTING_LEVEL_OVER_LIMIT,
                                "JSON nesting deeper than " + maxDepth + " levels");
                    }
                    boolean array = token == JsonToken.START_ARRAY;
                    path.add(array ? (Object) (-1) : "");
                    isArray.add(array);
                }
                case END_OBJECT, END_ARRAY -> {
                    path.removeLast();
                    isArray.removeLast();
                }
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    nextElement();
                    units.unit(new JsonValue(recordIndex, JsonPath.render(path), names()), parser.getText());
                    units.writer().append('\n');
                }
                default -> nextElement(); // true, false, null, embedded objects: nothing to scan
            }
        }
    }

    private void nextElement() {
        int top = path.size() - 1;
        if (top >= 0 && isArray.get(top)) {
            path.set(top, (Integer) path.get(top) + 1);
        }
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(path.size());
        for (Object element : path) {
            if (element instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }
}
