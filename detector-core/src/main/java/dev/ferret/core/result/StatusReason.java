package dev.ferret.core.result;

/**
 * Why an object or document was skipped or only partly analysed. The names are Macie's classification result reasons;
 * the ones marked "Ferret" have no Macie equivalent and are documented in docs/findings.md.
 */
public enum StatusReason {
    ARCHIVE_CONTAINS_UNPROCESSED_FILES,
    ARCHIVE_EXCEEDS_SIZE_LIMIT,
    ARCHIVE_NESTING_LEVEL_OVER_LIMIT,
    ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT,
    ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT,
    FILE_EXCEEDS_SIZE_LIMIT,
    INVALID_ENCRYPTION,
    INVALID_OBJECT_STATE,
    JSON_NESTING_LEVEL_OVER_LIMIT,
    MALFORMED_FILE,
    MALFORMED_OR_FILE_SIZE_EXCEEDS_LIMIT,
    OBJECT_VERSION_MISMATCH,
    OOXML_UNCOMPRESSED_RATIO_EXCEEDS_LIMIT,
    OOXML_UNCOMPRESSED_SIZE_EXCEEDS_LIMIT,
    PERMISSION_DENIED,
    SOURCE_OBJECT_NO_LONGER_AVAILABLE,
    TIME_CUT_OFF_REACHED,
    UNABLE_TO_PARSE_FILE,
    UNSUPPORTED_FILE_TYPE_EXCEPTION,
    /** Ferret: the document is password-protected or encrypted (PDF, Office, ZIP), so its text cannot be read. */
    FILE_IS_ENCRYPTED
}
