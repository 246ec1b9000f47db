package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Results in a local file, gzip-compressed when its name ends in {@code .gz}. Each flush ends a deflate block
 * (sync flush), so what was flushed can be read back even if the process is killed before the file is closed.
 */
public final class ResultsFile implements ResultsSink {

    private final Path file;
    private final Writer out;

    private ResultsFile(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    public static ResultsFile create(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 64 * 1024, true);
        }
        return new ResultsFile(file, new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void write(List<ObjectNode> records) throws IOException {
        for (ObjectNode record : records) {
            out.write(MacieJson.compact(record));
            out.write('\n');
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public String location() {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
