package dev.ferret.core.extract.archive;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.DocumentVisitor;
import dev.ferret.core.extract.FileType;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

/**
 * ZIP, TAR and GZIP, read as streams: every file inside is its own document, begun and ended between the archive's
 * begin and end, and extracted (recursively) by the caller's {@link Entries}. Directories are not documents.
 */
public final class ArchiveExtractor {

    /** Extracts one file of an archive, telling the visitor about it, and returns its status. */
    @FunctionalInterface
    public interface Entries {
        ScanStatus extract(InputStream in, DocumentInfo document, DocumentVisitor visitor, ExpansionBudget budget);
    }

    /** Extracts the archive {@code archive} of type {@code type} and returns its status (also given to the visitor). */
    public ScanStatus extract(InputStream in, DocumentInfo archive, FileType type, DocumentVisitor visitor,
                              ExpansionBudget budget, Entries entries) {
        visitor.begin(archive, type.mimeType());
        ScanStatus status;
        int maxDepth = budget.limits().maxArchiveDepth();
        if (archive.depth() >= maxDepth) {
            status = ScanStatus.skipped(StatusReason.ARCHIVE_NESTING_LEVEL_OVER_LIMIT,
                    "archive nested deeper than " + maxDepth + " levels");
        } else {
            status = new Walk(archive, visitor, budget, entries).run(in, type);
        }
        visitor.end(archive, status);
        return status;
    }

    /** The state of reading one archive. */
    private static final class Walk {
        private final DocumentInfo archive;
        private final DocumentVisitor visitor;
        private final ExpansionBudget budget;
        private final Entries entries;
        private final GuardedEntryStream.ArchiveCounter expanded = new GuardedEntryStream.ArchiveCounter();
        private long files;
        private long unprocessed;

        Walk(DocumentInfo archive, DocumentVisitor visitor, ExpansionBudget budget, Entries entries) {
            this.archive = archive;
            this.visitor = visitor;
            this.budget = budget;
            this.entries = entries;
        }

        ScanStatus run(InputStream in, FileType type) {
            BoundedInputStream compressed;
            try {
                compressed = BoundedInputStream.builder().setInputStream(CloseShieldInputStream.wrap(in)).get();
            } catch (IOException e) {
                throw new IllegalStateException("an in-memory stream wrapper cannot fail", e);
            }
            try {
                switch (type) {
                    case ZIP -> {
                        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(compressed, "UTF-8", true, true)) {
                            entriesOf(zip, compressed);
                        }
                    }
                    case TAR -> {
                        try (TarArchiveInputStream tar = new TarArchiveInputStream(compressed)) {
                            entriesOf(tar, compressed);
                        }
                    }
                    case GZIP -> {
                        try (GzipCompressorInputStream gz = new GzipCompressorInputStream(compressed, true)) {
                            file(gz, archive.child(gunzippedName(archive.name()), -1, null), compressed);
                        }
                    }
                    default -> throw new IllegalArgumentException(type + " is not an archive");
                }
            } catch (IOException e) {
                if (!budget.stopped()) {
                    return files == 0
                            ? ScanStatus.skipped(StatusReason.MALFORMED_FILE, "the archive could not be read (" + e.getClass().getSimpleName() + ")")
                            : ScanStatus.partial(StatusReason.MALFORMED_FILE, "the archive broke off after " + files + " files");
                }
            }
            if (budget.stopped()) {
                return ScanStatus.partial(budget.reason(), budget.detail());
            }
            if (unprocessed > 0) {
                return ScanStatus.partial(StatusReason.ARCHIVE_CONTAINS_UNPROCESSED_FILES,
                        unprocessed + " of " + files + " files were skipped or only partly analysed");
            }
            return ScanStatus.COMPLETE;
        }

        private void entriesOf(ArchiveInputStream<? extends ArchiveEntry> archiveIn, BoundedInputStream compressed) throws IOException {
            for (ArchiveEntry entry; !budget.stopped() && (entry = archiveIn.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                Instant modified = entry.getLastModifiedDate() == null ? null : entry.getLastModifiedDate().toInstant();
                DocumentInfo child = archive.child(entry.getName(), entry.getSize(), modified);
                if (entry instanceof ZipArchiveEntry zipEntry && !((ZipArchiveInputStream) archiveIn).canReadEntryData(zipEntry)) {
                    boolean encrypted = zipEntry.getGeneralPurposeBit().usesEncryption();
                    skip(child, encrypted
                            ? ScanStatus.skipped(StatusReason.FILE_IS_ENCRYPTED, "the archive entry is encrypted")
                            : ScanStatus.skipped(StatusReason.UNSUPPORTED_FILE_TYPE_EXCEPTION, "unsupported ZIP compression method"));
                } else if (entry.getSize() > budget.limits().maxEntryBytes()) {
                    skip(child, ScanStatus.skipped(StatusReason.FILE_EXCEEDS_SIZE_LIMIT,
                            "file is " + entry.getSize() + " bytes; the limit is " + budget.limits().maxEntryBytes()));
                } else {
                    file(archiveIn, child, compressed);
                }
            }
        }

        private void file(InputStream data, DocumentInfo child, BoundedInputStream compressed) {
            if (!budget.takeEntry()) {
                return;
            }
            files++;
            ScanStatus status = entries.extract(new GuardedEntryStream(data, budget, compressed::getCount, expanded), child, visitor, budget);
            if (status.code() != StatusCode.COMPLETE) {
                unprocessed++;
            }
            budget.entryDone();
        }

        private void skip(DocumentInfo child, ScanStatus status) {
            if (!budget.takeEntry()) {
                return;
            }
            files++;
            unprocessed++;
            visitor.begin(child, "application/octet-stream");
            visitor.end(child, status);
        }
    }

    /** The name of the file inside a GZIP: {@code a.tgz} → {@code a.tar}, {@code a.csv.gz} → {@code a.csv}. */
    static String gunzippedName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
