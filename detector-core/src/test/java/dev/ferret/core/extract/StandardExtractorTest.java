package dev.ferret.core.extract;

import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StandardExtractorTest {

    /** Records whether anyone closed it. */
    private static final class CloseTracking extends FilterInputStream {
        boolean closed;

        CloseTracking(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The caller reads the rest of the object (for its ETag) after extraction, so no extractor may close it. */
    @ParameterizedTest
    @CsvSource({"a.txt", "a.csv", "a.tsv", "a.json", "a.jsonl", "a.zip", "a.gz", "a.pdf"})
    void noExtractorClosesTheCallersStream(String name) throws IOException {
        byte[] bytes = switch (name) {
            case "a.csv" -> utf8("h1,h2\nv1,v2\n");
            case "a.tsv" -> utf8("h1\th2\nv1\tv2\n");
            case "a.json" -> utf8("{\"a\": \"b\"}");
            case "a.jsonl" -> utf8("{\"a\": 1}\n{\"b\": 2}\n");
            case "a.zip" -> zipOf("in.csv", utf8("h\nv\n"));
            case "a.gz" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(utf8("text"));
                }
                yield out.toByteArray();
            }
            case "a.pdf" -> pdf();
            default -> utf8("plain text\n");
        };
        CloseTracking in = new CloseTracking(bytes);
        RecordingVisitor visitor = new RecordingVisitor();
        ContentExtractors.standard(ExtractionLimits.DEFAULTS).extract(in, DocumentInfo.object(name, bytes.length, null), visitor);
        visitor.assertAllEnded();
        assertFalse(in.closed, name);
        assertEquals(ScanStatus.COMPLETE, visitor.doc(name).status, name);
    }

    @ParameterizedTest
    @CsvSource({"archive.bin", "archive", "data.unknownext"})
    void unknownExtensionsAreDetectedFromTheContent(String name) throws IOException {
        byte[] zip = zipOf("inside.txt", utf8("hello"));
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, name.equals("archive.bin") ? "archive" : name, zip);
        assertEquals("application/zip", visitor.docs().values().iterator().next().mimeType);
        assertEquals(2, visitor.docs().size());
    }

    @Test
    void aPdfWithoutExtensionIsReadAsPdf() throws IOException {
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "scan-0001", pdf());
        assertEquals("application/pdf", visitor.only().mimeType);
        assertEquals(ScanStatus.COMPLETE, visitor.only().status);
    }

    @Test
    void imagesAreNotAnalysed() {
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "photo.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2});
        assertEquals(StatusCode.SKIPPED, visitor.only().status.code());
        assertEquals(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, visitor.only().status.reason());
    }
}
