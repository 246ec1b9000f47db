package dev.ferret.core.extract;

import dev.ferret.core.result.ScanStatus;

import java.io.IOException;
import java.io.InputStream;

/**
 * Extracts the text of one document of a known format. The dispatcher tells the visitor where the document begins
 * and ends and turns exceptions into statuses, so implementations only stream text into the sink.
 */
public interface FormatExtractor {

    /**
     * Streams the text of {@code document} into {@code sink}; returns COMPLETE, or PARTIAL when parts had to be left
     * out. Does not close {@code in}.
     *
     * @throws ExtractionException when the document cannot be (fully) read, with the reason
     * @throws IOException         when reading fails
     */
    ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException;
}
