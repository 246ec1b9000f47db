package dev.ferret.core.extract.archive;

import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.RecordingVisitor;
import dev.ferret.core.extract.TestLimits;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveExtractorTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static LongStream seeds() {
        return LongStream.range(0, 15);
    }

    /** A token's expected document (embedded path) and line range. */
    private record Planted(String path, LineRange range) {
    }

    /** A random tree of ZIP, TAR and TGZ archives holding text files with planted tokens. */
    private static final class TreeBuilder {
        final Random random;
        final Map<String, Planted> planted = new LinkedHashMap<>();

        TreeBuilder(Random random) {
            this.random = random;
        }

        byte[] archive(String kind, String prefix, int depth) throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            int files = 1 + random.nextInt(4);
            if (random.nextBoolean()) {
                entries.put("folder/", new byte[0]);
            }
            for (int f = 0; f < files; f++) {
                String name = (random.nextBoolean() ? "folder/" : "") + "file" + f + ".txt";
                StringBuilder text = new StringBuilder();
                int line = 1 + random.nextInt(5);
                text.append("filler\n".repeat(line - 1)).append("ab ");
                String token = "TKN" + planted.size() + "Z";
                planted.put(token, new Planted(prefix + name, new LineRange(line, line, 4)));
                text.append(token).append(" cd\n");
                entries.put(name, utf8(text.toString()));
            }
            if (depth < 3 && random.nextBoolean()) {
                String innerKind = List.of("zip", "tar", "tgz").get(random.nextInt(3));
                String name = "nested" + depth + "." + innerKind;
                String innerPrefix = innerKind.equals("tgz") ? prefix + name + "/nested" + depth + ".tar/" : prefix + name + "/";
                entries.put(name, archive(innerKind, innerPrefix, depth + 1));
            }
            return switch (kind) {
                case "zip" -> Archives.zip(entries);
                case "tar" -> Archives.tar(entries);
                default -> Archives.gzip(Archives.tar(entries));
            };
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tokensInNestedArchivesAreLocatedInTheirFiles(long seed) throws IOException {
        TreeBuilder tree = new TreeBuilder(new Random(seed));
        String kind = List.of("zip", "tar", "tgz").get((int) (seed % 3));
        String top = "top." + kind;
        byte[] bytes = tree.archive(kind, kind.equals("tgz") ? "top.tar/" : "", 0);
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, top, bytes);
        for (RecordingVisitor.Doc doc : visitor.docs().values()) {
            assertEquals(ScanStatus.COMPLETE, doc.status, "seed " + seed + ", " + doc.info.embeddedPath());
            assertFalse(doc.info.embeddedPath().endsWith("/"), "directories are not documents");
        }
        for (Map.Entry<String, Planted> e : tree.planted.entrySet()) {
            assertEquals(List.of(e.getValue().range()), visitor.doc(e.getValue().path()).locate(e.getKey()),
                    "seed " + seed + ", token " + e.getKey());
        }
    }

    @Test
    void entriesNestBetweenTheirArchivesBeginAndEnd() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("deep.json", utf8("{\"id\": \"TKNJSONZ\"}"));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("people.csv.gz", Archives.gzip(utf8("name,ssn\nann,TKNCSVZ\n")));
        outer.put("inner.zip", Archives.zip(inner));
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "outer.zip", Archives.zip(outer));
        assertEquals(List.of("begin outer.zip", "begin people.csv.gz", "begin people.csv.gz/people.csv", "end people.csv.gz/people.csv",
                "end people.csv.gz", "begin inner.zip", "begin inner.zip/deep.json", "end inner.zip/deep.json", "end inner.zip",
                "end outer.zip"), visitor.events());
        assertEquals(List.of(new CellLocation(2, 2, "ssn", null)), visitor.doc("people.csv.gz/people.csv").locate("TKNCSVZ"));
        assertEquals(2, visitor.doc("inner.zip/deep.json").info.depth());
        assertEquals("application/zip", visitor.doc("inner.zip").mimeType);
    }

    @Test
    void aZipExpandingPastTheByteLimitStops() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            entries.put("part" + i + ".txt", utf8(("line " + i + "\n").repeat(2000)));
        }
        ExtractionLimits limits = TestLimits.archives(10, 1000, 30_000, 1 << 20, 1000);
        RecordingVisitor visitor = RecordingVisitor.extract(limits, "big.zip", Archives.zip(entries));
        ScanStatus status = visitor.doc("big.zip").status;
        assertEquals(StatusCode.PARTIAL, status.code());
        assertEquals(StatusReason.ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT, status.reason());
        assertEquals(StatusReason.ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT, visitor.doc("part2.txt").status.reason());
        assertEquals(4, visitor.docs().size(), "the archive and the files up to the one that crossed the limit");
    }

    @Test
    void aDecompressionBombIsStoppedByTheRatioGuard() throws IOException {
        byte[] same = new byte[8 << 20]; // one repeated letter: text, so the extractor reads it all
        java.util.Arrays.fill(same, (byte) 'a');
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.archives(10, 1000, 1L << 40, 1L << 40, 50), "bomb.zip",
                Archives.zip(Map.of("same.txt", same)));
        ScanStatus status = visitor.doc("bomb.zip").status;
        assertEquals(StatusCode.PARTIAL, status.code());
        assertEquals(StatusReason.ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT, status.reason());
        assertTrue(status.detail().contains("50 times"), status.detail());
    }

    @Test
    void anArchiveNestedDeeperThanTheLimitIsSkipped() throws IOException {
        byte[] innermost = Archives.zip(Map.of("x.txt", utf8("TKNDEEPZ")));
        byte[] inner = Archives.zip(Map.of("level2.zip", innermost, "ok.txt", utf8("fine")));
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.archives(2, 1000, 1 << 30, 1 << 30, 1000), "outer.zip",
                Archives.zip(Map.of("level1.zip", inner)));
        ScanStatus skipped = visitor.doc("level1.zip/level2.zip").status;
        assertEquals(StatusCode.SKIPPED, skipped.code());
        assertEquals(StatusReason.ARCHIVE_NESTING_LEVEL_OVER_LIMIT, skipped.reason());
        assertEquals(ScanStatus.COMPLETE, visitor.doc("level1.zip/ok.txt").status);
        assertFalse(visitor.docs().containsKey("level1.zip/level2.zip/x.txt"));
        assertEquals(StatusReason.ARCHIVE_CONTAINS_UNPROCESSED_FILES, visitor.doc("level1.zip").status.reason());
        assertEquals(StatusReason.ARCHIVE_CONTAINS_UNPROCESSED_FILES, visitor.doc("outer.zip").status.reason());
    }

    @Test
    void tooManyFilesStopTheObject() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            entries.put("f" + i + ".txt", utf8("text " + i));
        }
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.archives(10, 4, 1 << 30, 1 << 30, 1000), "many.zip",
                Archives.zip(entries));
        assertEquals(StatusReason.ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT, visitor.doc("many.zip").status.reason());
        assertEquals(5, visitor.docs().size());
    }

    @Test
    void anEncryptedZipEntryIsSkippedAndTheRestIsRead() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("secret.txt", utf8("cipher text stand-in"));
        entries.put("open.txt", utf8("hello TKNOPENZ"));
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "mixed.zip",
                Archives.zipWithEncryptedFlag(entries, "secret.txt"));
        ScanStatus secret = visitor.doc("secret.txt").status;
        assertEquals(StatusCode.SKIPPED, secret.code());
        assertEquals(StatusReason.FILE_IS_ENCRYPTED, secret.reason());
        assertEquals(List.of(new LineRange(1, 1, 7)), visitor.doc("open.txt").locate("TKNOPENZ"));
        assertEquals(StatusReason.ARCHIVE_CONTAINS_UNPROCESSED_FILES, visitor.doc("mixed.zip").status.reason());
    }

    @Test
    void aTruncatedZipIsMalformed() throws IOException {
        byte[] zip = Archives.zip(Map.of("a.txt", utf8("some text ".repeat(500))));
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "cut.zip", java.util.Arrays.copyOf(zip, 60));
        assertEquals(StatusReason.MALFORMED_FILE, visitor.doc("cut.zip").status.reason());
    }
}
