package dev.ferret.core.extract.csv;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.SegmentWriter;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.extract.text.TextEncoding;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * CSV and TSV with a header row. Data cells become {@link CsvCell} units (row 1 is the header, so data starts at row 2),
 * many cells per segment, one per line of segment text; header cells are located as line ranges on line 1.
 */
public final class CsvExtractor implements FormatExtractor {

    /** Column names longer than this are cut when used as keyword context and in locations. */
    private static final int MAX_COLUMN_NAME = 240;

    private final ExtractionLimits limits;
    private final char delimiter;

    public CsvExtractor(ExtractionLimits limits, char delimiter) {
        this.limits = limits;
        this.delimiter = delimiter;
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        InputStream markable = TextEncoding.markable(in);
        TextEncoding encoding = TextEncoding.sniff(markable);
        if (encoding == null) {
            throw new ExtractionException(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, "binary content in a delimited text file");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        UnitPositions units = new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink);
        SegmentWriter writer = units.writer();
        List<String> columnNames = new ArrayList<>();
        long records = 0;
        try (CSVParser parser = CSVParser.builder().setReader(encoding.reader(markable)).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                records++;
                if (records == 1) {
                    header(record, units, columnNames);
                } else {
                    row(record, units, columnNames);
                }
            }
        } catch (UncheckedIOException e) {
            throw new ExtractionException(StatusReason.MALFORMED_FILE,
                    "malformed delimited text after record " + records + " (e.g. an unterminated quoted field)");
        }
        writer.finish();
        return ScanStatus.COMPLETE;
    }

    private void header(CSVRecord record, UnitPositions units, List<String> columnNames) {
        long column = 1; // an approximation when names are quoted: the quotes are not counted
        for (String name : record) {
            columnNames.add(name.length() > MAX_COLUMN_NAME ? name.substring(0, MAX_COLUMN_NAME) : name);
            if (!name.isEmpty()) {
                units.unit(new CsvHeaderCell(column), name);
                units.writer().append('\n');
            }
            column += name.codePointCount(0, name.length()) + 1;
        }
    }

    private static void row(CSVRecord record, UnitPositions units, List<String> columnNames) {
        long row = record.getRecordNumber();
        for (int c = 0; c < record.size(); c++) {
            String value = record.get(c);
            if (value.isEmpty()) {
                continue;
            }
            String name = c < columnNames.size() ? columnNames.get(c) : null;
            units.unit(new CsvCell(row, c + 1, name), value);
            units.writer().append('\n');
        }
    }
}
