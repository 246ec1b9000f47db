package dev.ferret.core.extract;

import dev.ferret.core.result.ScanStatus;

/**
 * Told about every document of an object as extraction walks it: the object itself and, for archives, every file
 * inside (recursively). Each {@link #begin} is followed by exactly one {@link #end}; documents inside an archive begin
 * and end between the archive's own begin and end.
 */
public interface DocumentVisitor {

    /** A document starts; its text goes to the returned sink. */
    TextSink begin(DocumentInfo document, String mimeType);

    /** The document is done, with this status (COMPLETE, or PARTIAL/SKIPPED with a reason). */
    void end(DocumentInfo document, ScanStatus status);
}
