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
import java.nio.file.Files;

/**
 * Excel workbooks (.xlsx) through POI's streaming sheet reader, so that every cell keeps its exact reference
 * ({@code Sheet1!B3}). The workbook is spooled to a temporary file (a ZIP needs random access), bounded by
 * {@code maxEntryBytes}. Encrypted workbooks (OLE2 containers) go to Tika,
 * which reports them as encrypted.
 */
public final class XlsxExtractor implements FormatExtractor {

    private final ExtractionLimits limits;

    public XlsxExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        try (Spool spool = new Spool(in, ".xlsx", limits.maxEntryBytes())) {
            try (OPCPackage pkg = OPCPackage.open(spool.file().toFile(), PackageAccess.READ)) {
                UnitPositions units = new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink);
                readSheets(pkg, new SheetCellWriter(units));
                units.writer().finish();
                return ScanStatus.COMPLETE;
            } catch (NotOfficeXmlFileException e) {
                try (InputStream again = Files.newInputStream(spool.file())) {
                    return new TikaDocumentExtractor(limits, false).extract(again, document, sink);
                }
            } catch (OpenXML4JException | SAXException | RuntimeException e) {
                throw new ExtractionException(StatusReason.MALFORMED_FILE,
                        "the workbook could not be read (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private static void readSheets(OPCPackage pkg, SheetCellWriter cells) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        var styles = reader.getStylesTable();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                cells.startSheet(sheets.getSheetName());
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                        new CellsToUnits(cells), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException("no XML parser", e);
            }
        }
    }

    /** Hands the cells of POI's sheet reader to the cell writer. */
    private record CellsToUnits(SheetCellWriter cells) implements XSSFSheetXMLHandler.SheetContentsHandler {

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference != null) {
                CellReference ref = new CellReference(cellReference);
                cells.cell(ref.getRow(), ref.getCol(), formattedValue);
            }
        }
    }
}
