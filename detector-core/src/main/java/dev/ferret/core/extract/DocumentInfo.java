package dev.ferret.core.extract;

import java.time.Instant;

/**
 * One document being extracted: the object itself ({@code embeddedPath} empty, depth 0) or a file inside an archive.
 *
 * @param name         file name used for type detection (the key's last part, or the entry name)
 * @param embeddedPath path inside the outermost archive, e.g. {@code exports/2024.tar/customers.csv}; empty for the object itself
 * @param size         size in bytes, or -1 when not known before reading
 * @param lastModified last-modified time if known, else {@code null}
 * @param depth        0 for the object, 1 for a file in an archive, 2 for a file in an archive in an archive, ...
 */
public record DocumentInfo(String name, String embeddedPath, long size, Instant lastModified, int depth) {

    public static DocumentInfo object(String name, long size, Instant lastModified) {
        return new DocumentInfo(name, "", size, lastModified, 0);
    }

    public boolean isEmbedded() {
        return depth > 0;
    }

    /** The info of an entry of this document, which is an archive. */
    public DocumentInfo child(String entryName, long entrySize, Instant entryLastModified) {
        String path = embeddedPath.isEmpty() ? entryName : embeddedPath + "/" + entryName;
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        return new DocumentInfo(base, path, entrySize, entryLastModified, depth + 1);
    }

    /** Lower-case extension of {@link #name()} without the dot, or {@code ""}. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
