package dev.ferret.core.match;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the native library cannot load, AUTO matches with RE2/J and says so once, and HYPERSCAN fails clearly. A JVM
 * that asks JavaCPP for another platform's natives stands in for such a machine (the library loads once per JVM, so
 * this needs its own process).
 */
class NativeLibraryMissingTest {

    /** Runs in the child JVM. */
    public static void main(String[] args) {
        List<PatternSpec> specs = List.of(new PatternSpec(1, "[0-9]{3}", false));
        for (int i = 0; i < 2; i++) {
            try (CompiledPatterns set = MatchEngines.compile(specs, EngineChoice.AUTO);
                 PatternScanner scanner = set.newScanner()) {
                System.out.println("AUTO engine=" + set.engineName() + " hits=" + Hits.of(scanner, "ab 1234"));
            }
        }
        try {
            MatchEngines.compile(specs, EngineChoice.HYPERSCAN);
            System.out.println("HYPERSCAN compiled");
        } catch (IllegalStateException e) {
            System.out.println("HYPERSCAN failed: " + e.getMessage());
        }
    }

    @Test
    void autoFallsBackToRe2jAndHyperscanFailsClearly() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dorg.bytedeco.javacpp.platform=linux-arm64",
                "-cp", System.getProperty("java.class.path"), NativeLibraryMissingTest.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertEquals(2, count(output, "AUTO engine=re2j hits=[1:3-6]"), output);
        assertEquals(1, count(output, "; matching with RE2/J"), "one log line: " + output);
        assertTrue(output.contains("HYPERSCAN failed: Hyperscan native library not available"), output);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
