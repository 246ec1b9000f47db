package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.segment.UnitPositions;
import org.apache.poi.ss.util.CellReference;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes worksheet cells as {@link SheetCell} units, one per line of segment text. The first row of each sheet that has
 * values names the columns (as a CSV header does), so that a header such as "SSN" counts as keyword context.
 */
final class SheetCellWriter {

    private static final int MAX_COLUMN_NAME = 240;

    private final UnitPositions units;
    private final Map<Integer, String> columnNames = new HashMap<>();
    private String sheetName;
    private int firstRow = -1;

    SheetCellWriter(UnitPositions units) {
        this.units = units;
    }

    void startSheet(String name) {
        sheetName = name;
        columnNames.clear();
        firstRow = -1;
    }

    /** A cell at 0-based {@code row} and {@code column}. */
    void cell(int row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (firstRow < 0) {
            firstRow = row;
        }
        if (row == firstRow) {
            columnNames.put(column, value.length() > MAX_COLUMN_NAME ? value.substring(0, MAX_COLUMN_NAME) : value);
        }
        String reference = sheetName + "!" + new CellReference(row, column).formatAsString(false);
        units.unit(new SheetCell(row + 1L, column + 1L, columnNames.get(column), reference), value);
        units.writer().append('\n');
    }
}
