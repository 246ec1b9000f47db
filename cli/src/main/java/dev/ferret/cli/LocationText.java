package dev.ferret.cli;

import dev.ferret.core.finding.ObjectDetections.Located;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.PageLocation;
import dev.ferret.core.location.RecordLocation;

/** A location as a person reads it: {@code line 3:14}, {@code row 2 col 3 (SSN)}, {@code record 0 $.a.b}, {@code page 2}. */
final class LocationText {

    private LocationText() {
    }

    static String of(Located located) {
        String where = switch (located.location()) {
            case LineRange r -> "line " + r.start() + ":" + r.startColumn();
            case CellLocation c -> c.cellReference() != null ? c.cellReference()
                    : "row " + c.row() + " col " + c.column() + (c.columnName() == null ? "" : " (" + c.columnName() + ")");
            case RecordLocation r -> "record " + r.recordIndex() + (r.jsonPath() == null ? "" : " " + r.jsonPath());
            case PageLocation p -> "page " + p.pageNumber();
        };
        return located.document().isEmbedded() ? located.document().embeddedPath() + " " + where : where;
    }
}
