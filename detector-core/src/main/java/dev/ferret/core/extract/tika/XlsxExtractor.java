package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Excel workbooks (.xlsx) through POI's streaming sheet reader, so that every cell keeps its exact reference
 * ({@code Sheet1!B3}). The first row of each sheet names the columns. The workbook is spooled to a temporary file
 * (a ZIP needs random access), bounded by {@code maxEntryBytes}. Encrypted workbooks (OLE2 containers) go to Tika,
 * which reports them as encrypted.
 */
public final class XlsxExtractor implements FormatExtractor {

    private final ExtractionLimits limits;

    public XlsxExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        Path spool = Files.createTempFile("ferret-", ".xlsx");
        try {
            spool(in, spool);
            try (OPCPackage pkg = OPCPackage.open(spool.toFile(), PackageAccess.READ)) {
                UnitPositions units = new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink);
                readSheets(pkg, units);
                units.writer().finish();
                return ScanStatus.COMPLETE;
            } catch (NotOfficeXmlFileException e) {
                try (InputStream again = Files.newInputStream(spool)) {
                    return new TikaDocumentExtractor(limits, false).extract(again, document, sink);
                }
            } catch (OpenXML4JException | SAXException | RuntimeException e) {
                throw new ExtractionException(StatusReason.MALFORMED_FILE,
                        "the workbook could not be read (" + e.getClass().getSimpleName() + ")");
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private void spool(InputStream in, Path spool) throws IOException, ExtractionException {
        try (OutputStream out = Files.newOutputStream(spool)) {
            byte[] buf = new byte[64 << 10];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limits.maxEntryBytes()) {
                    throw new ExtractionException(StatusReason.FILE_EXCEEDS_SIZE_LIMIT,
                            "workbook larger than " + limits.maxEntryBytes() + " bytes");
                }
                out.write(buf, 0, n);
            }
        }
    }

    private static void readSheets(OPCPackage pkg, UnitPositions units) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        var styles = reader.getStylesTable();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                        new CellsToUnits(sheets.getSheetName(), units), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException("no XML parser", e);
            }
        }
    }

    /** Turns one sheet's cells into units; the first row's values become the column names. */
    private static final class CellsToUnits implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheetName;
        private final UnitPositions units;
        private final Map<Integer, String> columnNames = new HashMap<>();
        private int firstRow = -1;

        CellsToUnits(String sheetName, UnitPositions units) {
            this.sheetName = sheetName;
            this.units = units;
        }

        @Override
        public void startRow(int rowNum) {
            if (firstRow < 0) {
                firstRow = rowNum;
            }
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null || formattedValue.isEmpty()) {
                return;
            }
            CellReference ref = new CellReference(cellReference);
            if (ref.getRow() == firstRow) {
                columnNames.put((int) ref.getCol(), formattedValue.length() > 240 ? formattedValue.substring(0, 240) : formattedValue);
            }
            String name = columnNames.get((int) ref.getCol());
            units.unit(new SheetCell(ref.getRow() + 1L, ref.getCol() + 1L, name, sheetName + "!" + cellReference), formattedValue);
            units.writer().append('\n');
        }
    }
}
