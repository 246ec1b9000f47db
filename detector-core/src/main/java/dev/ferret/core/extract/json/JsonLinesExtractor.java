package dev.ferret.core.extract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.extract.text.TextEncoding;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines: each line is one record (recordIndex = 0-based line). A line that is not valid JSON is skipped and the
 * document ends PARTIAL (MALFORMED_FILE) with the count of bad lines. A line is held in memory while it is parsed.
 */
public final class JsonLinesExtractor implements FormatExtractor {

    private final ExtractionLimits limits;
    private final JsonFactory factory;

    public JsonLinesExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.factory = JsonExtractor.factory(limits);
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        InputStream markable = TextEncoding.markable(in);
        TextEncoding encoding = TextEncoding.sniff(markable);
        if (encoding == null) {
            throw new ExtractionException(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, "binary content in a JSON Lines file");
        }
        UnitPositions units = new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink);
        JsonValueWalker walker = new JsonValueWalker(units, limits.maxJsonDepth());
        BufferedReader reader = new BufferedReader(encoding.reader(markable));
        long line = 0;
        long badLines = 0;
        long firstBad = -1;
        for (String text; (text = reader.readLine()) != null; line++) {
            if (text.isBlank()) {
                continue;
            }
            try (JsonParser parser = factory.createParser(text)) {
                walker.walk(parser, line);
            } catch (JsonProcessingException e) {
                if (badLines++ == 0) {
                    firstBad = line;
                }
            }
        }
        units.writer().finish();
        if (badLines > 0) {
            return ScanStatus.partial(StatusReason.MALFORMED_FILE,
                    badLines + " of " + line + " lines are not valid JSON (first: line index " + firstBad + ")");
        }
        return ScanStatus.COMPLETE;
    }
}
