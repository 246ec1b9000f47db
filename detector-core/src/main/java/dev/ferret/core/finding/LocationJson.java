package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.ObjectDetections.Located;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.location.PageLocation;
import dev.ferret.core.location.RecordLocation;

import java.util.List;

/**
 * Macie's {@code occurrences} object: one array per kind of location ({@code cells}, {@code lineRanges},
 * {@code offsetRanges}, {@code pages}, {@code records}), {@code null} where no location is of that kind.
 * A location inside an archive member also carries Ferret's {@code embeddedFilePath}.
 */
final class LocationJson {

    private LocationJson() {
    }

    static ObjectNode occurrences(List<Located> located) {
        ObjectNode occurrences = MacieJson.object();
        occurrences.set("cells", array(located, CellLocation.class));
        occurrences.set("lineRanges", array(located, LineRange.class));
        occurrences.putNull("offsetRanges"); // reserved by Macie, always null
        occurrences.set("pages", array(located, PageLocation.class));
        occurrences.set("records", array(located, RecordLocation.class));
        return occurrences;
    }

    private static ArrayNode array(List<Located> located, Class<? extends Location> kind) {
        ArrayNode array = null;
        for (Located l : located) {
            if (kind.isInstance(l.location())) {
                if (array == null) {
                    array = MacieJson.object().arrayNode();
                }
                ObjectNode node = location(l.location());
                if (l.document().isEmbedded()) {
                    node.put("embeddedFilePath", l.document().embeddedPath());
                }
                array.add(node);
            }
        }
        return array;
    }

    private static ObjectNode location(Location location) {
        ObjectNode node = MacieJson.object();
        switch (location) {
            case CellLocation c -> {
                node.put("cellReference", c.cellReference());
                node.put("column", c.column());
                node.put("columnName", c.columnName());
                node.put("row", c.row());
            }
            case LineRange r -> {
                node.put("end", r.end());
                node.put("start", r.start());
                node.put("startColumn", r.startColumn());
            }
            case PageLocation p -> {
                node.putNull("lineRange"); // reserved by Macie
                node.putNull("offsetRange"); // reserved by Macie
                node.put("pageNumber", p.pageNumber());
            }
            case RecordLocation r -> {
                node.put("jsonPath", r.jsonPath());
                node.put("recordIndex", r.recordIndex());
            }
        }
        return node;
    }
}
