package dev.ferret.core.extract.archive;

import dev.ferret.core.result.StatusReason;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * An archive entry's expanded bytes, counted as they are read (header sizes are never trusted): stops at the entry
 * size limit, the object's expansion budget, and when the archive expands more than {@code maxCompressionRatio} times
 * the compressed bytes read so far (a decompression bomb). Closing it does not close the archive.
 */
final class GuardedEntryStream extends FilterInputStream {

    /** Small archives may expand by any ratio up to this many bytes: a few KB of zeros is no bomb. */
    private static final long RATIO_GRACE_BYTES = 1 << 20;

    private final ExpansionBudget budget;
    private final LongSupplier compressedRead;
    private final ArchiveCounter archiveExpanded;
    private long entryBytes;

    /** Bytes expanded from one archive across its entries, for the ratio check. */
    static final class ArchiveCounter {
        long bytes;
    }

    GuardedEntryStream(InputStream entry, ExpansionBudget budget, LongSupplier compressedRead, ArchiveCounter archiveExpanded) {
        super(entry);
        this.budget = budget;
        this.compressedRead = compressedRead;
        this.archiveExpanded = archiveExpanded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes are expanded too; read them so that they are counted
        byte[] buf = new byte[(int) Math.min(Math.max(n, 1), 8192)];
        int r = read(buf, 0, (int) Math.min(n, buf.length));
        return Math.max(r, 0);
    }

    @Override
    public void close() {
        // the archive stream stays open for the next entry
    }

    private void count(int n) throws LimitExceededException {
        entryBytes += n;
        archiveExpanded.bytes += n;
        long max = budget.limits().maxEntryBytes();
        if (entryBytes > max) {
            budget.trip(StatusReason.FILE_EXCEEDS_SIZE_LIMIT, "file expands to more than " + max + " bytes", false);
            throw new LimitExceededException("entry size limit");
        }
        if (!budget.takeBytes(n)) {
            throw new LimitExceededException("object expansion limit");
        }
        int ratio = budget.limits().maxCompressionRatio();
        if (archiveExpanded.bytes > RATIO_GRACE_BYTES && archiveExpanded.bytes > ratio * Math.max(1, compressedRead.getAsLong())) {
            budget.trip(StatusReason.ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT,
                    "archive expands more than " + ratio + " times its compressed size (decompression bomb guard)", true);
            throw new LimitExceededException("compression ratio limit");
        }
    }
}
