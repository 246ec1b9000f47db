package dev.ferret.core.extract;

import dev.ferret.core.location.LineRange;
import dev.ferret.core.result.ScanStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The standard extractor set. (Placeholder: reads everything as UTF-8 text; replaced by the full dispatcher.) */
public final class ContentExtractors {

    private ContentExtractors() {
    }

    public static ContentExtractor standard(ExtractionLimits limits) {
        return (in, document, visitor) -> {
            TextSink sink = visitor.begin(document, "text/plain");
            try {
                String text = new String(readAll(in), StandardCharsets.UTF_8);
                sink.accept(TextSegment.whole(text, (start, end) -> lineRange(text, start)));
                visitor.end(document, ScanStatus.COMPLETE);
            } catch (IOException e) {
                visitor.end(document, ScanStatus.skipped(dev.ferret.core.result.StatusReason.UNABLE_TO_PARSE_FILE, "read failed"));
            }
        };
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static LineRange lineRange(String text, int start) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new LineRange(line, line, start - lineStart + 1);
    }
}
