package dev.ferret.core.extract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;

import java.io.IOException;
import java.io.InputStream;

/** A JSON document: every string and number value located as record 0 and its JSONPath. */
public final class JsonExtractor implements FormatExtractor {

    private final ExtractionLimits limits;
    private final JsonFactory factory;

    public JsonExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.factory = factory(limits);
    }

    /** A parser factory that leaves the nesting check to the walker and never closes the caller's stream. */
    static JsonFactory factory(ExtractionLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxJsonDepth() + 16).build())
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        UnitPositions units = new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink);
        try (JsonParser parser = factory.createParser(in)) {
            new JsonValueWalker(units, limits.maxJsonDepth()).walk(parser, 0);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        units.writer().finish();
        return ScanStatus.COMPLETE;
    }

    /** Says where the JSON broke, never what it held (Jackson's own message quotes content). */
    static ExtractionException malformed(JsonProcessingException e) {
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ExtractionException(StatusReason.MALFORMED_FILE, "invalid JSON" + where);
    }
}
