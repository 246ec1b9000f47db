package dev.ferret.core.extract;

import dev.ferret.core.extract.archive.ArchiveExtractor;
import dev.ferret.core.extract.archive.ExpansionBudget;
import dev.ferret.core.extract.csv.CsvExtractor;
import dev.ferret.core.extract.json.JsonExtractor;
import dev.ferret.core.extract.json.JsonLinesExtractor;
import dev.ferret.core.extract.text.PlainTextExtractor;
import dev.ferret.core.extract.tika.TikaDocumentExtractor;
import dev.ferret.core.extract.tika.XlsExtractor;
import dev.ferret.core.extract.tika.XlsxExtractor;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dispatcher: detects each document's type, hands it to that format's extractor (recursing into archives), and
 * turns every failure into the document's status, so that each document gets exactly one begin and one end.
 */
final class StandardExtractor implements ContentExtractor {

    private final FileTypeDetector detector = new FileTypeDetector();
    private final Map<FileType, FormatExtractor> formats = new EnumMap<>(FileType.class);
    private final ArchiveExtractor archives = new ArchiveExtractor();
    private final ExtractionLimits limits;

    StandardExtractor(ExtractionLimits limits) {
        this.limits = limits;
        formats.put(FileType.TEXT, new PlainTextExtractor(limits));
        formats.put(FileType.CSV, new CsvExtractor(limits, ','));
        formats.put(FileType.TSV, new CsvExtractor(limits, '\t'));
        formats.put(FileType.JSON, new JsonExtractor(limits));
        formats.put(FileType.JSON_LINES, new JsonLinesExtractor(limits));
        formats.put(FileType.PDF, new TikaDocumentExtractor(limits, true));
        formats.put(FileType.DOCUMENT, new TikaDocumentExtractor(limits, false));
        formats.put(FileType.XLSX, new XlsxExtractor(limits));
        formats.put(FileType.XLS, new XlsExtractor(limits));
    }

    @Override
    public void extract(InputStream in, DocumentInfo document, DocumentVisitor visitor) {
        extract(in, document, visitor, new ExpansionBudget(limits));
    }

    private ScanStatus extract(InputStream raw, DocumentInfo document, DocumentVisitor visitor, ExpansionBudget budget) {
        InputStream in = new BufferedInputStream(raw, 64 << 10);
        FileType type;
        try {
            type = detector.detect(in, document);
            if (isEmpty(in)) {
                return single(document, type, visitor, ScanStatus.COMPLETE);
            }
        } catch (IOException e) {
            return single(document, FileType.UNSUPPORTED, visitor, failed(budget, StatusReason.UNABLE_TO_PARSE_FILE,
                    "read failed (" + e.getClass().getSimpleName() + ")", false));
        }
        if (type.isArchive()) {
            return archives.extract(in, document, type, visitor, budget, this::extract);
        }
        if (type == FileType.UNSUPPORTED) {
            return single(document, type, visitor,
                    ScanStatus.skipped(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, "file type is not analysed"));
        }
        CountingSink sink = new CountingSink(visitor.begin(document, type.mimeType()));
        ScanStatus status;
        try {
            status = formats.get(type).extract(in, document, sink);
        } catch (ExtractionException e) {
            status = failed(budget, e.reason(), e.getMessage(), sink.any);
        } catch (IOException | RuntimeException e) {
            status = failed(budget, StatusReason.UNABLE_TO_PARSE_FILE,
                    "extraction failed (" + e.getClass().getSimpleName() + ")", sink.any);
        }
        visitor.end(document, status);
        return status;
    }

    /**
     * The status of a document that failed: the limit the archive guard tripped if any (the parser only saw an I/O
     * error), else the given reason; PARTIAL when some text was already analysed, else SKIPPED.
     */
    private static ScanStatus failed(ExpansionBudget budget, StatusReason reason, String detail, boolean someText) {
        if (budget.reason() != null) {
            reason = budget.reason();
            detail = budget.detail();
        }
        return someText ? ScanStatus.partial(reason, detail) : ScanStatus.skipped(reason, detail);
    }

    private static ScanStatus single(DocumentInfo document, FileType type, DocumentVisitor visitor, ScanStatus status) {
        visitor.begin(document, type.mimeType());
        visitor.end(document, status);
        return status;
    }

    private static boolean isEmpty(InputStream in) throws IOException {
        in.mark(1);
        boolean empty = in.read() < 0;
        in.reset();
        return empty;
    }

    /** Remembers whether any text reached the detector, to tell PARTIAL from SKIPPED. */
    private static final class CountingSink implements TextSink {
        private final TextSink sink;
        boolean any;

        CountingSink(TextSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(TextSegment segment) {
            any = true;
            sink.accept(segment);
        }
    }
}
