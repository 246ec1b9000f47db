package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.RecordingVisitor;
import dev.ferret.core.extract.TestLimits;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.location.PageLocation;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TikaDocumentExtractorTest {

    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pdfTokensAreLocatedOnTheirPages(long seed) throws IOException {
        Random random = new Random(seed);
        int pages = 1 + random.nextInt(8);
        Map<String, Location> planted = new LinkedHashMap<>();
        byte[] pdf = pdf(pages, random, planted);
        // small segments so that pages are cut across segments and segments span pages
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(40 + random.nextInt(200), 24), "report.pdf", pdf);
        assertEquals(ScanStatus.COMPLETE, visitor.only().status, "seed " + seed);
        assertEquals("application/pdf", visitor.only().mimeType);
        for (Map.Entry<String, Location> e : planted.entrySet()) {
            assertEquals(List.of(e.getValue()), visitor.only().locate(e.getKey()), "seed " + seed + ", token " + e.getKey());
        }
    }

    static byte[] pdf(int pages, Random random, Map<String, Location> planted) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(50, 700);
                    int lines = random.nextInt(6);
                    for (int l = 0; l < lines; l++) {
                        String text = "Line " + l + " of page " + p + " with some words";
                        if (random.nextInt(3) == 0) {
                            String token = "TKNP" + p + "L" + l + "Z";
                            planted.put(token, new PageLocation(p));
                            text = text + " " + token + " end";
                        }
                        content.showText(text);
                        content.newLineAtOffset(0, -15);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTruncatedPdfIsSkippedAsMalformed() throws IOException {
        byte[] pdf = pdf(3, new Random(1), new LinkedHashMap<>());
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "cut.pdf", Arrays.copyOf(pdf, 300));
        assertEquals(StatusCode.SKIPPED, visitor.only().status.code(), String.valueOf(visitor.only().status));
        assertEquals(StatusReason.MALFORMED_FILE, visitor.only().status.reason());
    }

    @Test
    void wordParagraphsAreLocatedByLine() throws IOException {
        Random random = new Random(11);
        Map<String, Location> planted = new LinkedHashMap<>();
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 40; p++) {
                String text = "Paragraph " + p + " é";
                if (random.nextInt(3) == 0) {
                    String token = "TKNW" + p + "Z";
                    planted.put(token, new LineRange(p + 1, p + 1, text.length() + 2));
                    text = text + " " + token;
                }
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            docx = out.toByteArray();
        }
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(100, 24), "memo.docx", docx);
        assertEquals(ScanStatus.COMPLETE, visitor.only().status);
        for (Map.Entry<String, Location> e : planted.entrySet()) {
            assertEquals(List.of(e.getValue()), visitor.only().locate(e.getKey()), e.getKey());
        }
    }

    static Stream<Arguments> workbooks() {
        return seeds().boxed().flatMap(seed -> Stream.of(Arguments.of(seed, "xlsx"), Arguments.of(seed, "xls")));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("workbooks")
    void workbookTokensAreLocatedInTheirCells(long seed, String format) throws IOException {
        Random random = new Random(seed);
        Map<String, Location> planted = new LinkedHashMap<>();
        byte[] bytes = workbook(format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook(), random, planted);
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(80 + random.nextInt(300), 32), "book." + format, bytes);
        assertEquals(ScanStatus.COMPLETE, visitor.only().status, "seed " + seed);
        for (Map.Entry<String, Location> e : planted.entrySet()) {
            List<RecordingVisitor.Hit> hits = visitor.only().find(e.getKey());
            assertEquals(1, hits.size(), "seed " + seed + ", token " + e.getKey());
            CellLocation expected = (CellLocation) e.getValue();
            assertEquals(expected, hits.getFirst().location(), "seed " + seed + ", token " + e.getKey());
            assertEquals(List.of(expected.columnName()), hits.getFirst().segment().locator().contextNames(hits.getFirst().start()));
        }
    }

    private static byte[] workbook(Workbook created, Random random, Map<String, Location> planted) throws IOException {
        try (Workbook workbook = created; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String sheetName : List.of("Sheet1", "People")) {
                Sheet sheet = workbook.createSheet(sheetName);
                int columns = 2 + random.nextInt(5);
                Row header = sheet.createRow(0);
                for (int c = 0; c < columns; c++) {
                    header.createCell(c).setCellValue("col" + c);
                }
                int rows = 1 + random.nextInt(30);
                for (int r = 1; r <= rows; r++) {
                    if (random.nextInt(5) == 0) {
                        continue; // empty rows must not shift the rows below
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < columns; c++) {
                        if (random.nextInt(4) == 0) {
                            continue; // gaps must not shift the columns of later cells
                        }
                        Cell cell = row.createCell(c);
                        if (random.nextInt(4) == 0) {
                            String token = "TKN" + sheetName.charAt(0) + r + "C" + c + "Z";
                            String ref = sheetName + "!" + new CellReference(r, c).formatAsString(false);
                            planted.put(token, new CellLocation(r + 1, c + 1, "col" + c, ref));
                            cell.setCellValue("value " + token);
                        } else if (random.nextBoolean()) {
                            cell.setCellValue(random.nextInt(100000));
                        } else {
                            cell.setCellValue("filler text");
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anEncryptedWorkbookIsSkippedAsEncrypted() throws Exception {
        byte[] plain = workbook(new XSSFWorkbook(), new Random(3), new LinkedHashMap<>());
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(encrypted);
        }
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "locked.xlsx", encrypted.toByteArray());
        assertEquals(StatusCode.SKIPPED, visitor.only().status.code(), String.valueOf(visitor.only().status));
        assertEquals(StatusReason.FILE_IS_ENCRYPTED, visitor.only().status.reason());
    }

    @Test
    void emailBodiesAreExtractedAndAttachmentsLeftOut() {
        String eml = "From: a@example.com\r\nTo: b@example.com\r\nSubject: hello\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=XYZ\r\n\r\n--XYZ\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "first line\r\nbody TKNMAILZ here\r\n--XYZ\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"
                + "attached TKNATTACHZ\r\n--XYZ--\r\n";
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "mail.eml", eml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ScanStatus.COMPLETE, visitor.only().status);
        List<Location> body = visitor.only().locate("TKNMAILZ");
        assertEquals(1, body.size());
        assertEquals(6, ((LineRange) body.getFirst()).startColumn());
        assertEquals(List.of(), visitor.only().locate("TKNATTACHZ"));
    }

    @Test
    void anEncryptedXlsIsSkippedAsEncrypted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("S").createRow(0).createCell(0).setCellValue("hidden");
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                workbook.writeProtectWorkbook("secret", "owner");
                workbook.write(out);
            } finally {
                org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "locked.xls", out.toByteArray());
        assertEquals(StatusCode.SKIPPED, visitor.only().status.code(), String.valueOf(visitor.only().status));
        assertEquals(StatusReason.FILE_IS_ENCRYPTED, visitor.only().status.reason());
    }
}
