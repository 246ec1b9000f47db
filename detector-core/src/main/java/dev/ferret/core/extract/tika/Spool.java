package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.result.StatusReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary copy of a stream, for formats that need random access (ZIP-based and OLE2 workbooks). */
final class Spool implements AutoCloseable {

    private final Path file;

    /** Copies {@code in} to a temporary file, failing with FILE_EXCEEDS_SIZE_LIMIT past {@code maxBytes}. */
    Spool(InputStream in, String suffix, long maxBytes) throws IOException, ExtractionException {
        file = Files.createTempFile("ferret-", suffix);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 << 10];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ExtractionException(StatusReason.FILE_EXCEEDS_SIZE_LIMIT, "file larger than " + maxBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException | ExtractionException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
