package dev.ferret.core.extract;

/** The standard extractor set. */
public final class ContentExtractors {

    private ContentExtractors() {
    }

    /**
     * Text, CSV/TSV, JSON/JSON Lines, PDF and Office documents (through Tika), Excel workbooks, and ZIP/GZIP/TAR
     * archives (recursively), within {@code limits}. Thread-safe; create once and share.
     */
    public static ContentExtractor standard(ExtractionLimits limits) {
        return new StandardExtractor(limits);
    }
}
