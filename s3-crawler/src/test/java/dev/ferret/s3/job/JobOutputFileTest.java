package dev.ferret.s3.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobOutputFileTest {

    @Test
    void aRegularFileIsCheckpointedAndCutBackOnResume(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("findings.jsonl");
        long checkpoint;
        try (JobOutputFile out = JobOutputFile.create(file)) {
            out.writer().write("one\n");
            checkpoint = out.checkpoint();
            out.writer().write("lost in the crash\n");
        }
        try (JobOutputFile out = JobOutputFile.resume(file, checkpoint)) {
            out.writer().write("two\n");
        }
        assertEquals("one\ntwo\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aDeviceSuchAsDevNullTakesOutputWithoutForcingOrCutting() throws IOException {
        Path devNull = Path.of("/dev/null");
        try (JobOutputFile out = JobOutputFile.resume(devNull, 12)) {
            out.writer().write("anything\n");
            assertEquals(0, out.checkpoint());
        }
        assertEquals(0, Files.size(devNull));
    }
}
