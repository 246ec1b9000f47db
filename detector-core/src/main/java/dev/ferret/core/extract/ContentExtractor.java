package dev.ferret.core.extract;

import java.io.InputStream;

/**
 * Turns an object's bytes into text segments with locations, walking into archives. Bad input never escapes as an
 * exception: it becomes the status that {@link DocumentVisitor#end} receives. Thread-safe.
 */
public interface ContentExtractor {

    /**
     * Extracts {@code in} (positioned at the start of {@code document}) and reports every document it holds to the visitor.
     * Returns when the visitor has received the {@code end} of {@code document}. Does not close {@code in}: the caller
     * reads what is left of it (for the ETag) and closes it.
     */
    void extract(InputStream in, DocumentInfo document, DocumentVisitor visitor);
}
