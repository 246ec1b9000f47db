package dev.ferret.corpus;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * ZIP, TAR and GZIP containers of generated files. Labels of a file inside move to its member path, written as
 * {@code DocumentInfo.child} writes it: {@code inner.zip/customers.csv}; a GZIP member is the name without {@code .gz}.
 */
final class Archives {

    /** A fixed entry time keeps the bytes (and the corpus) reproducible. */
    private static final long ENTRY_TIME = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    static final java.util.Date ENTRY_DATE = new java.util.Date(ENTRY_TIME);

    private Archives() {
    }

    static GeneratedFile zip(String path, List<GeneratedFile> members) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (GeneratedFile m : members) {
                ZipEntry e = new ZipEntry(m.path());
                e.setTime(ENTRY_TIME);
                zip.putNextEntry(e);
                zip.write(m.content());
                zip.closeEntry();
            }
            zip.finish();
            return new GeneratedFile(path, bytes.toByteArray(), memberLabels(members));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GeneratedFile tar(String path, List<GeneratedFile> members) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (GeneratedFile m : members) {
                TarArchiveEntry e = new TarArchiveEntry(m.path());
                e.setSize(m.content().length);
                e.setLastModifiedTime(FileTime.fromMillis(ENTRY_TIME));
                tar.putArchiveEntry(e);
                tar.write(m.content());
                tar.closeArchiveEntry();
            }
            tar.finish();
            return new GeneratedFile(path, bytes.toByteArray(), memberLabels(members));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compresses {@code file} into {@code file.path() + ".gz"}. */
    static GeneratedFile gzip(GeneratedFile file) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(file.content());
            }
            List<Label> labels = new ArrayList<>();
            for (Label l : file.labels()) {
                labels.add(l.inMember(file.name()));
            }
            return new GeneratedFile(file.path() + ".gz", bytes.toByteArray(), labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a ZIP (an Office file) with fixed entry times, so that the same seed gives the same bytes. */
    static byte[] withFixedTimes(byte[] zipBytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(zipBytes.length);
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(ENTRY_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Label> memberLabels(List<GeneratedFile> members) {
        List<Label> labels = new ArrayList<>();
        for (GeneratedFile m : members) {
            for (Label l : m.labels()) {
                labels.add(l.inMember(m.path()));
            }
        }
        return labels;
    }
}
