package dev.ferret.core;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.confirm.SegmentDetector;
import dev.ferret.core.extract.ContentExtractor;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.core.source.UnreadableObjectException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Scans one object: source → extractor → matcher → confirmer → per-document results. Thread-safe: each thread gets
 * its own detector (matcher scratch); the compiled identifier set and the extractor are shared.
 */
public final class Scanner implements AutoCloseable {

    private final IdentifierSet identifiers;
    private final ContentExtractor extractor;
    private final ScanOptions options;
    private final ThreadLocal<SegmentDetector> detectors;

    public Scanner(IdentifierSet identifiers, ContentExtractor extractor, ScanOptions options) {
        this.identifiers = identifiers;
        this.extractor = extractor;
        this.options = options;
        this.detectors = ThreadLocal.withInitial(identifiers::newDetector);
    }

    public IdentifierSet identifiers() {
        return identifiers;
    }

    public ObjectScanResult scan(ObjectRef ref) {
        DocumentInfo top = DocumentInfo.object(ref.name(), ref.size(), ref.lastModified());
        if (ref.size() > options.limits().maxObjectBytes()) {
            return skipped(ref, top, ScanStatus.skipped(StatusReason.FILE_EXCEEDS_SIZE_LIMIT,
                    "object is " + ref.size() + " bytes; the limit is " + options.limits().maxObjectBytes()));
        }
        DocumentCollector collector = new DocumentCollector(identifiers, detectors.get(), options.locationsPerType());
        MessageDigest md5 = md5();
        try (CountingStream in = new CountingStream(new DigestInputStream(ref.open(), md5))) {
            extractor.extract(in, top, collector);
            in.transferTo(OutputStream.nullOutputStream()); // the rest of the bytes still count towards the ETag
            collector.topBytesRead(in.count);
        } catch (UnreadableObjectException e) {
            return skipped(ref, top, ScanStatus.skipped(e.reason(), e.getMessage()));
        } catch (NoSuchFileException e) {
            return skipped(ref, top, ScanStatus.skipped(StatusReason.SOURCE_OBJECT_NO_LONGER_AVAILABLE, "object no longer exists"));
        } catch (AccessDeniedException e) {
            return skipped(ref, top, ScanStatus.skipped(StatusReason.PERMISSION_DENIED, "permission denied reading the object"));
        } catch (IOException e) {
            return skipped(ref, top, ScanStatus.skipped(StatusReason.UNABLE_TO_PARSE_FILE,
                    "read failed: " + e.getClass().getSimpleName()));
        }
        String eTag = ref.eTag() != null ? ref.eTag() : HexFormat.of().formatHex(md5.digest());
        return new ObjectScanResult(ref, eTag, collector.results());
    }

    private static ObjectScanResult skipped(ObjectRef ref, DocumentInfo top, ScanStatus status) {
        DocumentResult result = new DocumentResult(top, "application/octet-stream", 0, status, List.of());
        return new ObjectScanResult(ref, ref.eTag() == null ? "" : ref.eTag(), List.of(result));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    @Override
    public void close() {
        identifiers.close();
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipping would bypass the digest; read instead
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }
    }
}
