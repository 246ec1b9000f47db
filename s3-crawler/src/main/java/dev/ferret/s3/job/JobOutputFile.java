package dev.ferret.s3.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An output file of a job (findings or results) whose length is checkpointed with the job state: a resumed run cuts it
 * back to the last checkpoint, dropping the records of objects that the state does not list as finished, and appends
 * from there, so the file holds every object's records exactly once.
 */
final class JobOutputFile implements AutoCloseable {

    /** {@code null} for a device or pipe such as {@code /dev/null}: nothing there to force or to cut back. */
    private final FileChannel channel;
    private final Writer writer;

    private JobOutputFile(FileChannel channel, OutputStream out) {
        this.channel = channel;
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private JobOutputFile(FileChannel channel) {
        this(channel, Channels.newOutputStream(channel));
    }

    /** A new, empty file (any old content is dropped). */
    static JobOutputFile create(Path file) throws IOException {
        if (isSpecial(file)) {
            return new JobOutputFile(null, Files.newOutputStream(file));
        }
        return new JobOutputFile(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING));
    }

    private static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file);
    }

    /**
     * The file of an interrupted run, cut back to {@code length} bytes.
     *
     * @throws IOException if the file is shorter than its checkpoint: it is not the file that the run wrote
     */
    static JobOutputFile resume(Path file, long length) throws IOException {
        if (isSpecial(file)) {
            return create(file);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.size() < length) {
            channel.close();
            throw new IOException(file + " is shorter than the job's last checkpoint (" + length
                    + " bytes): it is not the output of the interrupted run");
        }
        channel.truncate(length);
        channel.position(length);
        return new JobOutputFile(channel);
    }

    Writer writer() {
        return writer;
    }

    /** Writes out what is buffered, forces it to disk and returns the file's length. */
    long checkpoint() throws IOException {
        writer.flush();
        if (channel == null) {
            return 0;
        }
        channel.force(false);
        return channel.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
