package dev.ferret.corpus;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer exports as CSV, TSV and Excel. Cell locations follow Macie: 1-based rows with the header as row 1,
 * 1-based columns, the header as the column name.
 */
final class TableFormats {

    private final Random rnd;
    private final People people;
    private final Facts facts;

    TableFormats(Random rnd, People people, Facts facts) {
        this.rnd = rnd;
        this.people = people;
        this.facts = facts;
    }

    GeneratedFile delimited(String path, String country, int rows, char delimiter) {
        List<CustomerSchema.Column> cols = CustomerSchema.forCountry(country, rnd, facts);
        List<Label> labels = new ArrayList<>();
        StringBuilder out = new StringBuilder(rows * 200);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(cols.stream().map(CustomerSchema.Column::header).toList());
            for (int r = 0; r < rows; r++) {
                Person p = people.next(country);
                List<String> record = new ArrayList<>(cols.size());
                for (int c = 0; c < cols.size(); c++) {
                    CustomerSchema.Column col = cols.get(c);
                    String v = col.value().apply(p);
                    record.add(v == null ? "" : v); // the printer quotes values holding the delimiter
                    if (v != null && col.identifier() != null) {
                        labels.add(new Label("", col.identifier(), TruthLocation.cell(r + 2, c + 1, col.header())));
                    }
                }
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedFile(path, out.toString().getBytes(StandardCharsets.UTF_8), labels);
    }

    GeneratedFile xlsx(String path, String country, int rows) {
        List<CustomerSchema.Column> cols = CustomerSchema.forCountry(country, rnd, facts);
        List<Label> labels = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Customers");
            Row header = sheet.createRow(0);
            for (int c = 0; c < cols.size(); c++) {
                header.createCell(c).setCellValue(cols.get(c).header());
            }
            for (int r = 0; r < rows; r++) {
                Person p = people.next(country);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cols.size(); c++) {
                    CustomerSchema.Column col = cols.get(c);
                    String v = col.value().apply(p);
                    if (v == null) {
                        continue;
                    }
                    row.createCell(c).setCellValue(v); // text cells: numbers as numbers would lose leading zeros
                    if (col.identifier() != null) {
                        labels.add(new Label("", col.identifier(), TruthLocation.cell(r + 2, c + 1, col.header())));
                    }
                }
            }
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(Archives.ENTRY_DATE));
            wb.write(out);
            return new GeneratedFile(path, Archives.withFixedTimes(out.toByteArray()), labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
