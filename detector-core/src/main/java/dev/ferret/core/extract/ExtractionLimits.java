package dev.ferret.core.extract;

import java.time.Duration;

/**
 * The limits extraction enforces so that no input can exhaust memory, disk or time. Defaults follow Macie's quotas
 * where those are sane for one machine; every one can be changed.
 *
 * @param maxObjectBytes          a top-level object larger than this is skipped (FILE_EXCEEDS_SIZE_LIMIT)
 * @param maxArchiveDepth         archives nested deeper than this are not opened (ARCHIVE_NESTING_LEVEL_OVER_LIMIT); Macie: 10
 * @param maxArchiveEntries       files extracted from one object at most (ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT); Macie: 1,000,000
 * @param maxArchiveExpandedBytes bytes extracted from one object at most (ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT); Macie: 10 GB
 * @param maxEntryBytes           one extracted file larger than this is skipped; Macie: 3 GB
 * @param maxCompressionRatio     an entry expanding more than this many times its compressed size is treated as a bomb
 * @param maxJsonDepth            JSON nested deeper than this is skipped (JSON_NESTING_LEVEL_OVER_LIMIT); Macie: 256
 * @param segmentChars            characters per text segment handed to the matcher
 * @param segmentOverlapChars     characters shared by neighbouring segments (longest match plus keyword distance)
 * @param maxParseTime            a document parser (Tika: PDF, Word, PowerPoint, e-mail, RTF, OpenDocument) running
 *                                longer on one document is stopped: the text read until then is scanned and the
 *                                document is PARTIAL with Macie's TIME_CUT_OFF_REACHED (SKIPPED if no text came)
 */
public record ExtractionLimits(
        long maxObjectBytes,
        int maxArchiveDepth,
        long maxArchiveEntries,
        long maxArchiveExpandedBytes,
        long maxEntryBytes,
        int maxCompressionRatio,
        int maxJsonDepth,
        int segmentChars,
        int segmentOverlapChars,
        Duration maxParseTime) {

    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(
            20L << 30,      // 20 GiB: Macie's limit for non-binary text
            10,
            1_000_000,
            10L << 30,
            3L << 30,
            200,
            256,
            1 << 20,
            8 << 10,
            Duration.ofMinutes(5));
}
