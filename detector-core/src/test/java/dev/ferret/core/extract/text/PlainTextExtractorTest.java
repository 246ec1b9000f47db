package dev.ferret.core.extract.text;

import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.RecordingVisitor;
import dev.ferret.core.extract.TestLimits;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextExtractorTest {

    private static final String[] FILLER = {"alpha", "beta", " ", "  ", "é", "中文", "😀", "x=1;", "\t", "naïve", "ü"};

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    /** Random text with LF, CRLF and CR line ends, multi-byte chars and long lines, and tokens planted at known places. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPlantedTokenIsLocatedAtItsLineAndColumn(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        Map<String, LineRange> planted = new LinkedHashMap<>();
        long line = 1;
        long column = 0; // code points before the cursor on this line
        boolean afterCr = false;
        int pieces = 200 + random.nextInt(800);
        for (int p = 0; p < pieces; p++) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                String[] ends = afterCr ? new String[]{"\r", "\r\n"} : new String[]{"\n", "\r\n", "\r"};
                String end = ends[random.nextInt(ends.length)];
                text.append(end);
                line++;
                column = 0;
                afterCr = end.equals("\r");
                continue;
            }
            afterCr = false;
            if (kind < 4) {
                String token = "TKN" + planted.size() + "Q" + random.nextInt(1000) + "Z";
                planted.put(token, new LineRange(line, line, column + 1));
                text.append(token);
                column += token.length();
            } else {
                String piece = kind == 9 ? "a".repeat(50 + random.nextInt(300)) : FILLER[random.nextInt(FILLER.length)];
                text.append(piece);
                column += piece.codePointCount(0, piece.length());
            }
        }
        int segmentChars = 30 + random.nextInt(200);
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(segmentChars, 16), "notes.txt",
                text.toString().getBytes(StandardCharsets.UTF_8));

        RecordingVisitor.Doc doc = visitor.only();
        assertEquals(ScanStatus.COMPLETE, doc.status, "seed " + seed);
        for (TextSegment s : doc.segments) {
            assertTrue(s.ownedEnd() - s.ownedStart() <= segmentChars, "seed " + seed + ": owned range too long");
            assertTrue(s.text().length() <= segmentChars + 2 * 16, "seed " + seed + ": segment too long");
        }
        for (Map.Entry<String, LineRange> e : planted.entrySet()) {
            assertEquals(List.of(e.getValue()), doc.locate(e.getKey()), "seed " + seed + ", token " + e.getKey());
        }
    }

    @Test
    void aSpanOverLineBreaksEndsOnTheLineOfItsLastChar() {
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "a.log",
                "ab\r\ncd\ref\nSTART\r\nmiddle\rEND!".getBytes(StandardCharsets.UTF_8));
        TextSegment s = visitor.only().segments.getFirst();
        int start = s.text().indexOf("START");
        int end = s.text().indexOf("END") + 3;
        assertEquals(new LineRange(4, 6, 1), s.locator().locate(start, end));
    }

    static List<Object[]> encodings() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"UTF-8", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}});
        cases.add(new Object[]{"UTF-8", new byte[0]});
        cases.add(new Object[]{"UTF-16LE", new byte[]{(byte) 0xFF, (byte) 0xFE}});
        cases.add(new Object[]{"UTF-16BE", new byte[]{(byte) 0xFE, (byte) 0xFF}});
        cases.add(new Object[]{"UTF-16LE", new byte[0]});
        cases.add(new Object[]{"UTF-16BE", new byte[0]});
        cases.add(new Object[]{"windows-1252", new byte[0]});
        return cases;
    }

    @ParameterizedTest(name = "{0} with a BOM of {1} bytes")
    @MethodSource("encodings")
    void encodingsAreDetectedSoColumnsCountCharacters(String charset, byte[] bom) throws IOException {
        String text = "first line, café\r\nsecond: naïve façade TKNENCZ done\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(Charset.forName(charset)));
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "enc.txt", bytes.toByteArray());
        assertEquals(ScanStatus.COMPLETE, visitor.only().status);
        assertEquals(List.of(new LineRange(2, 2, 22)), visitor.only().locate("TKNENCZ"));
    }

    @Test
    void invalidUtf8IsReadWithoutFailing() throws IOException {
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        early.write("bad bytes: ".getBytes(StandardCharsets.UTF_8));
        early.write(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        early.write("\nok line TKNBADZ\n".getBytes(StandardCharsets.UTF_8));
        RecordingVisitor first = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "bad.txt", early.toByteArray());
        assertEquals(ScanStatus.COMPLETE, first.only().status);
        assertEquals(List.of(new LineRange(2, 2, 9)), first.only().locate("TKNBADZ"));

        // past the sniffed prefix the text is taken as UTF-8; each bad byte becomes one replacement char
        ByteArrayOutputStream late = new ByteArrayOutputStream();
        late.write("y".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        late.write("\nab".getBytes(StandardCharsets.UTF_8));
        late.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
        late.write("cd TKNLATEZ\n".getBytes(StandardCharsets.UTF_8));
        RecordingVisitor second = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "late.txt", late.toByteArray());
        assertEquals(ScanStatus.COMPLETE, second.only().status);
        assertEquals(List.of(new LineRange(2, 2, 8)), second.only().locate("TKNLATEZ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage.txt", "garbage"})
    void binaryGarbageIsSkippedAsUnsupported(String name) {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[10] = 0;
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, name, bytes);
        RecordingVisitor.Doc doc = visitor.only();
        assertEquals(StatusCode.SKIPPED, doc.status.code());
        assertEquals(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, doc.status.reason());
        assertTrue(doc.segments.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.csv", "empty.json", "empty.pdf", "empty.zip", "empty"})
    void anEmptyFileIsCompleteWithNoText(String name) {
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, name, new byte[0]);
        assertEquals(ScanStatus.COMPLETE, visitor.only().status);
        assertTrue(visitor.only().segments.isEmpty());
    }

    /** 50 MB on one line: segments stay bounded, and a token deep inside keeps its exact column. */
    @Test
    void aFiftyMegabyteSingleLineIsStreamedInBoundedSegments(@TempDir Path dir) throws IOException {
        long size = 50L << 20;
        long tokenAt = 37_123_457;
        String token = "TKNHUGELINEZ";
        Path file = dir.resolve("huge.log");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] filler = "abcdefghijklmnopqrstuvwxyz0123456789 ".getBytes(StandardCharsets.US_ASCII);
            for (long i = 0; i < size; i++) {
                if (i == tokenAt) {
                    out.write(token.getBytes(StandardCharsets.US_ASCII));
                    i += token.length() - 1;
                } else {
                    out.write(filler[(int) (i % filler.length)]);
                }
            }
        }
        ExtractionLimits limits = ExtractionLimits.DEFAULTS;
        List<Location> found = new ArrayList<>();
        int[] longest = {0};
        long[] segments = {0};
        RecordingVisitor visitor = new RecordingVisitor(false, s -> {
            segments[0]++;
            longest[0] = Math.max(longest[0], s.text().length());
            for (int i = s.text().indexOf(token); i >= 0; i = s.text().indexOf(token, i + 1)) {
                if (s.owns(i)) {
                    found.add(s.locator().locate(i, i + token.length()));
                }
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            ContentExtractors.standard(limits).extract(in, DocumentInfo.object("huge.log", size, null), visitor);
        }
        visitor.assertAllEnded();
        assertEquals(ScanStatus.COMPLETE, visitor.only().status);
        assertTrue(longest[0] <= limits.segmentChars() + 2 * limits.segmentOverlapChars(), "longest segment " + longest[0]);
        assertTrue(segments[0] >= size / limits.segmentChars(), "segments " + segments[0]);
        assertEquals(List.of(new LineRange(1, 1, tokenAt + 1)), found);
    }
}
