package dev.ferret.core.extract.archive;

import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.result.StatusReason;

/**
 * What extraction may still expand from one object, across all its nested archives: files and bytes. When a limit is
 * reached it is "tripped" with a reason; a tripped object-wide limit stops every archive of the object, while a tripped
 * entry limit stops only the current entry. Not thread-safe: one per object.
 */
public final class ExpansionBudget {

    private final ExtractionLimits limits;
    private long entries;
    private long expandedBytes;
    private StatusReason reason;
    private String detail;
    private boolean stopsObject;

    public ExpansionBudget(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Counts one more extracted file; false (and tripped) when that is one too many. */
    boolean takeEntry() {
        if (entries >= limits.maxArchiveEntries()) {
            trip(StatusReason.ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT,
                    "more than " + limits.maxArchiveEntries() + " files in the object's archives", true);
            return false;
        }
        entries++;
        return true;
    }

    /** Counts {@code n} more expanded bytes; false (and tripped) past the object's limit. */
    boolean takeBytes(long n) {
        expandedBytes += n;
        if (expandedBytes > limits.maxArchiveExpandedBytes()) {
            trip(StatusReason.ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT,
                    "more than " + limits.maxArchiveExpandedBytes() + " bytes expanded from the object's archives", true);
            return false;
        }
        return true;
    }

    void trip(StatusReason reason, String detail, boolean stopsObject) {
        if (this.reason == null || stopsObject && !this.stopsObject) {
            this.reason = reason;
            this.detail = detail;
            this.stopsObject = stopsObject;
        }
    }

    /** The reason a limit was reached, or {@code null}. */
    public StatusReason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    /** Whether an object-wide limit was reached, so that no more entries may be read. */
    public boolean stopped() {
        return reason != null && stopsObject;
    }

    /** Forgets an entry-only trip once that entry is done. */
    void entryDone() {
        if (!stopsObject) {
            reason = null;
            detail = null;
        }
    }
}
