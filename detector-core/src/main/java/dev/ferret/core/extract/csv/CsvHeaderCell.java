package dev.ferret.core.extract.csv;

import dev.ferret.core.extract.segment.Unit;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;

/**
 * A header cell (column name). Macie reports column names holding sensitive data as line ranges on line 1;
 * {@code firstColumn} is the 1-based char column where the name starts on that line.
 */
record CsvHeaderCell(long firstColumn) implements Unit {

    @Override
    public Location locate(long offsetInUnit) {
        return new LineRange(1, 1, firstColumn + offsetInUnit);
    }
}
