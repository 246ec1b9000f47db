package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.segment.Unit;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.Location;

import java.util.List;

/** A worksheet cell: located by row, column and reference such as {@code Sheet1!B3}; its column name is context. */
record SheetCell(long row, long column, String columnName, String cellReference) implements Unit {

    @Override
    public Location locate(long offsetInUnit) {
        return new CellLocation(row, column, columnName, cellReference);
    }

    @Override
    public List<String> contextNames() {
        return columnName == null || columnName.isEmpty() ? List.of() : List.of(columnName);
    }
}
