package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Old Excel workbooks (.xls) through POI's record-event reader, so that every cell keeps its exact reference
 * ({@code Sheet1!B3}); Tika's table output drops empty rows and so cannot give row numbers.
 */
public final class XlsExtractor implements FormatExtractor {

    private final ExtractionLimits limits;

    public XlsExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        try (Spool spool = new Spool(in, ".xls", limits.maxEntryBytes());
             POIFSFileSystem fs = new POIFSFileSystem(spool.file().toFile(), true)) {
            UnitPositions units = new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink);
            HSSFRequest request = new HSSFRequest();
            CellsToUnits cells = new CellsToUnits(new SheetCellWriter(units));
            cells.formats = new FormatTrackingHSSFListener(cells);
            request.addListenerForAllRecords(cells.formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            units.writer().finish();
            return ScanStatus.COMPLETE;
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(StatusReason.FILE_IS_ENCRYPTED, "the workbook is encrypted or password-protected");
        } catch (RuntimeException e) {
            throw new ExtractionException(StatusReason.MALFORMED_FILE,
                    "the workbook could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Follows sheets and turns cell records into cells. */
    private static final class CellsToUnits implements HSSFListener {
        private final SheetCellWriter cells;
        private final List<String> sheetNames = new ArrayList<>();
        FormatTrackingHSSFListener formats;
        private SSTRecord strings;
        private int sheet = -1;
        /** A string formula's value comes in the StringRecord that follows it. */
        private FormulaRecord pendingFormula;

        CellsToUnits(SheetCellWriter cells) {
            this.cells = cells;
        }

        @Override
        public void processRecord(Record record) {
            switch (record) {
                case BoundSheetRecord bound -> sheetNames.add(bound.getSheetname());
                case BOFRecord bof when bof.getType() == BOFRecord.TYPE_WORKSHEET -> {
                    sheet++;
                    cells.startSheet(sheet < sheetNames.size() ? sheetNames.get(sheet) : "Sheet" + (sheet + 1));
                }
                case SSTRecord sst -> strings = sst;
                case LabelSSTRecord label when strings != null ->
                        cells.cell(label.getRow(), label.getColumn(), strings.getString(label.getSSTIndex()).getString());
                case LabelRecord label -> cells.cell(label.getRow(), label.getColumn(), label.getValue());
                case NumberRecord number -> cells.cell(number.getRow(), number.getColumn(), formats.formatNumberDateCell(number));
                case FormulaRecord formula -> {
                    if (formula.getCachedResultTypeEnum() == CellType.STRING) {
                        pendingFormula = formula;
                    } else if (formula.getCachedResultTypeEnum() == CellType.NUMERIC) {
                        cells.cell(formula.getRow(), formula.getColumn(), formats.formatNumberDateCell(formula));
                    }
                }
                case StringRecord string when pendingFormula != null -> {
                    cells.cell(pendingFormula.getRow(), pendingFormula.getColumn(), string.getString());
                    pendingFormula = null;
                }
                default -> {
                }
            }
        }
    }
}
