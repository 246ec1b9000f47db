package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shortens a finding the way Macie bounds its own: it drops located occurrences (keeping at most {@code keep} of each
 * kind per type) and sets {@code additionalOccurrences} to true, so the counts stay exact and readers know that more
 * locations exist than are listed. The input is not changed.
 */
final class OccurrenceTrim {

    private OccurrenceTrim() {
    }

    static ObjectNode keepAtMost(ObjectNode finding, int keep) {
        ObjectNode copy = finding.deepCopy();
        JsonNode result = copy.path("classificationDetails").path("result");
        if (!(result instanceof ObjectNode resultNode)) {
            return copy;
        }
        for (JsonNode category : result.path("sensitiveData")) {
            category.path("detections").forEach(detection -> trim(detection.path("occurrences"), keep));
        }
        result.path("customDataIdentifiers").path("detections").forEach(d -> trim(d.path("occurrences"), keep));
        resultNode.put("additionalOccurrences", true);
        return copy;
    }

    private static void trim(JsonNode occurrences, int keep) {
        if (!(occurrences instanceof ObjectNode node)) {
            return;
        }
        for (String kind : new String[] {"cells", "lineRanges", "offsetRanges", "pages", "records"}) {
            if (node.get(kind) instanceof ArrayNode array) {
                if (keep == 0) {
                    node.putNull(kind);
                } else {
                    while (array.size() > keep) {
                        array.remove(array.size() - 1);
                    }
                }
            }
        }
    }
}
