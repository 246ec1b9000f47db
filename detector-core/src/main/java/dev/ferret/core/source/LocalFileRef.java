package dev.ferret.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A file on local disk, keyed by its path relative to the folder being scanned. */
public record LocalFileRef(String bucket, String key, Path file, long size, Instant lastModified) implements ObjectRef {

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
