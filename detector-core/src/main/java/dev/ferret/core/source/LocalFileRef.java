package dev.ferret.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/** A file on local disk, keyed by its path relative to the folder being scanned. */
public record LocalFileRef(String bucket, String key, Path file, long size, Instant lastModified) implements ObjectRef {

    /**
     * The ref of {@code file} as seen from the scanned folder {@code root}: the bucket is the folder's name and the key
     * the relative path with {@code /} separators.
     */
    public static LocalFileRef of(Path root, Path file, BasicFileAttributes attributes) {
        String key = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new LocalFileRef(folderName(root), key, file, attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    /** The bucket name for a folder: its last path element, or {@code "root"} for a file-system root. */
    public static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "root" : name.toString();
    }

    /** Local files are stored as they are. */
    @Override
    public String encryptionType() {
        return "NONE";
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
