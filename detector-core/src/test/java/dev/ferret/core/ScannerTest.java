package dev.ferret.core;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScannerTest {

    private static Scanner scanner;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
    }

    @AfterAll
    static void close() {
        scanner.close();
    }

    @Test
    void countsEveryDetectionAndLocatesIt() throws Exception {
        String text = "hello\ncontact: ann@example.org and bob@example.net\n";
        ObjectScanResult result = scanner.scan(ref("people.txt", text));

        DocumentResult top = result.top();
        assertEquals(StatusCode.COMPLETE, top.status().code());
        DetectionSummary emails = top.detections().stream()
                .filter(d -> d.identifier().id().equals("EMAIL_ADDRESS")).findFirst().orElseThrow();
        assertEquals(2, emails.count());
        assertEquals(new LineRange(2, 2, 10), emails.locations().get(0));
        assertEquals(new LineRange(2, 2, 30), emails.locations().get(1));
    }

    @Test
    void eTagIsTheMd5OfTheContent() throws Exception {
        String text = "nothing to see here\n";
        ObjectScanResult result = scanner.scan(ref("plain.txt", text));
        assertEquals(md5(text), result.eTag());
        assertTrue(result.top().detections().isEmpty());
    }

    @Test
    void objectDeletedBeforeReadIsReportedNotThrown() throws Exception {
        LocalFileRef ref = ref("gone.txt", "x");
        Files.delete(ref.file());
        ObjectScanResult result = scanner.scan(ref);
        assertEquals(StatusCode.SKIPPED, result.top().status().code());
        assertEquals(StatusReason.SOURCE_OBJECT_NO_LONGER_AVAILABLE, result.top().status().reason());
    }

    @Test
    void objectOverTheSizeLimitIsSkippedUnread() throws Exception {
        ScanOptions tiny = new ScanOptions(new dev.ferret.core.extract.ExtractionLimits(10, 10, 10, 10, 10, 10, 10, 1024, 64,
                java.time.Duration.ofMinutes(1)), 10);
        try (Scanner small = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.RE2J),
                ContentExtractors.standard(tiny.limits()), tiny)) {
            ObjectScanResult result = small.scan(ref("big.txt", "ann@example.org is more than ten bytes"));
            assertEquals(StatusReason.FILE_EXCEEDS_SIZE_LIMIT, result.top().status().reason());
            assertTrue(result.top().detections().isEmpty());
        }
    }

    private LocalFileRef ref(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new LocalFileRef("test", name, file, Files.size(file), Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static String md5(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
