package dev.ferret.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a planted value is, in the terms the scanner reports: a line (text), a cell (CSV, TSV, workbook), a record
 * (JSON, JSON Lines) or a page (PDF). Exactly one group of fields is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TruthLocation(Integer line, Integer startColumn, Integer row, Integer column, String columnName,
                            Integer recordIndex, String jsonPath, Integer page) {

    static TruthLocation line(int line, int startColumn) {
        return new TruthLocation(line, startColumn, null, null, null, null, null, null);
    }

    static TruthLocation cell(int row, int column, String columnName) {
        return new TruthLocation(null, null, row, column, columnName, null, null, null);
    }

    static TruthLocation record(int recordIndex, String jsonPath) {
        return new TruthLocation(null, null, null, null, null, recordIndex, jsonPath, null);
    }

    static TruthLocation page(int page) {
        return new TruthLocation(null, null, null, null, null, null, null, page);
    }
}
