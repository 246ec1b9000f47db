package dev.ferret.core.extract.csv;

import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.RecordingVisitor;
import dev.ferret.core.extract.TestLimits;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExtractorTest {

    private static final String[] NAMES = {"ssn", "name", "Card Number", "notes", "id", "phone", "email", "dob"};
    private static final String[] FILLER = {"plain", "two words", "with, comma", "say \"hi\"", "multi\nline", "crlf\r\ninside",
            "é中😀", "12345", ""};

    static Stream<Arguments> cases() {
        return LongStream.range(0, 20).boxed().flatMap(seed -> Stream.of(Arguments.of(seed, ','), Arguments.of(seed, '\t')));
    }

    /** A planted token's expected cell, and the whole value of that cell. */
    private record Planted(Location location, String cellValue, String columnName) {
    }

    @ParameterizedTest(name = "seed {0}, delimiter {1}")
    @MethodSource("cases")
    void everyPlantedTokenIsLocatedInItsCell(long seed, char delimiter) {
        Random random = new Random(seed);
        int columns = 2 + random.nextInt(7);
        List<String> header = new ArrayList<>();
        Map<String, Planted> planted = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder();
        long headerColumn = 1;
        for (int c = 0; c < columns; c++) {
            String name = NAMES[c];
            if (random.nextInt(4) == 0) {
                String token = "HDRTKN" + c + "Z";
                name = name + token;
                planted.put(token, new Planted(new LineRange(1, 1, headerColumn + name.indexOf(token)), name, null));
            }
            header.add(name);
            csv.append(c == 0 ? "" : String.valueOf(delimiter)).append(name);
            headerColumn += name.length() + 1;
        }
        csv.append(random.nextBoolean() ? "\n" : "\r\n");
        int rows = 5 + random.nextInt(80);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String value = FILLER[random.nextInt(FILLER.length)];
                if (random.nextInt(5) == 0) {
                    String token = "TKN" + r + "C" + c + "Z";
                    value = value + (random.nextBoolean() ? " " : "") + token;
                    planted.put(token, new Planted(new CellLocation(r + 2, c + 1, header.get(c), null), value, header.get(c)));
                }
                csv.append(c == 0 ? "" : String.valueOf(delimiter)).append(quote(value, delimiter));
            }
            csv.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        String name = delimiter == ',' ? "data.csv" : "data.tsv";
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(150 + random.nextInt(2000), 48), name,
                csv.toString().getBytes(StandardCharsets.UTF_8));

        RecordingVisitor.Doc doc = visitor.only();
        assertEquals(ScanStatus.COMPLETE, doc.status, "seed " + seed);
        for (Map.Entry<String, Planted> e : planted.entrySet()) {
            String message = "seed " + seed + ", token " + e.getKey();
            List<RecordingVisitor.Hit> hits = doc.find(e.getKey());
            assertEquals(1, hits.size(), message);
            RecordingVisitor.Hit hit = hits.getFirst();
            Planted expected = e.getValue();
            assertEquals(expected.location(), hit.location(), message);
            var locator = hit.segment().locator();
            String text = hit.segment().text();
            String unit = text.substring(locator.unitStart(hit.start()), Math.min(text.length(), locator.unitEnd(hit.start())));
            assertTrue(unit.contains(e.getKey()) && expected.cellValue().contains(unit), message + ": unit '" + unit + "'");
            if (expected.columnName() != null) {
                assertEquals(List.of(expected.columnName()), locator.contextNames(hit.start()), message);
            }
        }
    }

    private static String quote(String value, char delimiter) {
        if (value.indexOf(delimiter) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Test
    void anUnterminatedQuoteIsMalformed() {
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "bad.csv",
                "a,b\n1,\"never closed\n2,3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(StatusCode.SKIPPED, visitor.only().status.code());
        assertEquals(StatusReason.MALFORMED_FILE, visitor.only().status.reason());
    }
}
