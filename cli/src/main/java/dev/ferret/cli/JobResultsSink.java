package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.s3.publish.ResultsSink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Discovery results written through a job's results file, which the job checkpoints, cuts back on resume and closes. */
final class JobResultsSink implements ResultsSink {

    private final Writer out;
    private final Path file;

    JobResultsSink(Writer out, Path file) {
        this.out = out;
        this.file = file;
    }

    @Override
    public void write(List<ObjectNode> records) throws IOException {
        for (ObjectNode record : records) {
            out.write(MacieJson.compact(record));
            out.write('\n');
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public String location() {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public void close() {
        // the job owns the file: it closes it after writing the run's summary record
    }
}
