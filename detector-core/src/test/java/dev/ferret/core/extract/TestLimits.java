package dev.ferret.core.extract;

/** Small limits for tests, so that cuts and limits are reached with small inputs. */
public final class TestLimits {

    private TestLimits() {
    }

    /** The defaults with these segment sizes. */
    public static ExtractionLimits segments(int segmentChars, int overlapChars) {
        ExtractionLimits d = ExtractionLimits.DEFAULTS;
        return new ExtractionLimits(d.maxObjectBytes(), d.maxArchiveDepth(), d.maxArchiveEntries(), d.maxArchiveExpandedBytes(),
                d.maxEntryBytes(), d.maxCompressionRatio(), d.maxJsonDepth(), segmentChars, overlapChars, d.maxParseTime());
    }

    /** The defaults with these archive limits. */
    public static ExtractionLimits archives(int depth, long entries, long expandedBytes, long entryBytes, int ratio) {
        ExtractionLimits d = ExtractionLimits.DEFAULTS;
        return new ExtractionLimits(d.maxObjectBytes(), depth, entries, expandedBytes, entryBytes, ratio, d.maxJsonDepth(),
                d.segmentChars(), d.segmentOverlapChars(), d.maxParseTime());
    }

    /** The defaults with this JSON nesting limit. */
    public static ExtractionLimits jsonDepth(int depth) {
        ExtractionLimits d = ExtractionLimits.DEFAULTS;
        return new ExtractionLimits(d.maxObjectBytes(), d.maxArchiveDepth(), d.maxArchiveEntries(), d.maxArchiveExpandedBytes(),
                d.maxEntryBytes(), d.maxCompressionRatio(), depth, d.segmentChars(), d.segmentOverlapChars(),
                d.maxParseTime());
    }

    /** The defaults with these segment sizes and this parse time limit. */
    public static ExtractionLimits parseTime(int segmentChars, int overlapChars, java.time.Duration maxParseTime) {
        ExtractionLimits d = ExtractionLimits.DEFAULTS;
        return new ExtractionLimits(d.maxObjectBytes(), d.maxArchiveDepth(), d.maxArchiveEntries(), d.maxArchiveExpandedBytes(),
                d.maxEntryBytes(), d.maxCompressionRatio(), d.maxJsonDepth(), segmentChars, overlapChars, maxParseTime);
    }
}
