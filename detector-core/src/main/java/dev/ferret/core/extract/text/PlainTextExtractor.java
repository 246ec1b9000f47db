package dev.ferret.core.extract.text;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.LinePositions;
import dev.ferret.core.extract.segment.SegmentWriter;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Any non-binary text (TXT, logs, YAML, XML and HTML as raw text, ...): segments located by line and column. */
public final class PlainTextExtractor implements FormatExtractor {

    private final ExtractionLimits limits;

    public PlainTextExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        InputStream markable = TextEncoding.markable(in);
        TextEncoding encoding = TextEncoding.sniff(markable);
        if (encoding == null) {
            throw new ExtractionException(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION,
                    "binary content (NUL or control bytes) in a file treated as text");
        }
        SegmentWriter writer = new SegmentWriter(limits.segmentChars(), limits.segmentOverlapChars(), sink, new LinePositions());
        copy(encoding.reader(markable), writer);
        writer.finish();
        return ScanStatus.COMPLETE;
    }

    /** Streams all of {@code reader} into {@code writer}. */
    public static void copy(Reader reader, SegmentWriter writer) throws IOException {
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf)) > 0; ) {
            writer.append(buf, 0, n);
        }
    }
}
