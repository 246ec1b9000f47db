package dev.ferret.core.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream of unknown size that can be read once, such as standard input. It is reported as bucket {@code stdin}
 * with the given key (its name decides how the content is read, so {@code data.csv} reads as CSV).
 */
public final class StreamRef implements ObjectRef {

    private final String key;
    private final InputStream in;
    private final AtomicBoolean opened = new AtomicBoolean();

    public StreamRef(String key, InputStream in) {
        this.key = key;
        this.in = in;
    }

    @Override
    public String bucket() {
        return "stdin";
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public Instant lastModified() {
        return null;
    }

    @Override
    public String encryptionType() {
        return "NONE";
    }

    /** The stream itself; closing it leaves the underlying stream (stdin) open. A second call fails. */
    @Override
    public InputStream open() throws IOException {
        if (opened.getAndSet(true)) {
            throw new IOException("a stream can be read only once");
        }
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this scan
            }
        };
    }
}
