package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieRecordRenderer;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.identifiers.ManagedCatalogue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Real findings from the real scanner over generated text holding e-mail addresses, with the values kept for leak checks. */
final class TestFindings implements AutoCloseable {

    static final String JOB_ID = "0123456789abcdef0123456789abcdef";

    record Generated(ObjectScanResult result, ObjectNode finding, List<String> values) {
    }

    private record MemoryRef(String bucket, String key, byte[] bytes) implements ObjectRef {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Instant lastModified() {
            return Instant.parse("2026-01-02T03:04:05Z");
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private final Scanner scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.RE2J),
            ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
    private final MacieRecordRenderer renderer = new MacieRecordRenderer(
            FindingContext.defaults(JOB_ID, Instant.parse("2026-01-02T00:00:00Z")), scanner.identifiers().identifiers());

    /** A text object with {@code lines} lines, each holding one random e-mail address. */
    Generated emails(String key, int lines, Random random) {
        List<String> values = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String value = "p" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "@mail" + random.nextInt(1000) + ".example.org";
            values.add(value);
            text.append("row ").append(i).append(" contact ").append(value).append('\n');
        }
        ObjectScanResult result = scanner.scan(new MemoryRef("test-bucket", key, text.toString().getBytes(StandardCharsets.UTF_8)));
        return new Generated(result, renderer.finding(result).orElseThrow(), values);
    }

    MacieRecordRenderer renderer() {
        return renderer;
    }

    @Override
    public void close() {
        scanner.close();
    }
}
