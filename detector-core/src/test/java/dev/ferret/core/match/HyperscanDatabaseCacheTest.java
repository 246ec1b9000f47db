package dev.ferret.core.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A cached database rebuilds the same engine: same plan (start offsets, gates, RE2/J), same hits. */
class HyperscanDatabaseCacheTest {

    /** A plain pattern, one too large for start offsets (a gate), and one Hyperscan cannot parse (RE2/J only). */
    private static final List<PatternSpec> SPECS = List.of(
            new PatternSpec(0, "\\b[0-9]{3}-[0-9]{2}-[0-9]{4}\\b", false),
            new PatternSpec(1, "\\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}\\b", false),
            new PatternSpec(2, "caf\\’e", true));
    private static final String TEXT = "ssn 123-45-6789, mail ann.lee@example.org, CAF’E and caf’e, 987-65-4321";

    @TempDir
    Path dir;

    @Test
    void aCachedDatabaseGivesTheSameEngineAndHits() throws IOException {
        List<String> fresh = hits(HyperscanDatabaseCache.in(null));
        assertEquals(List.of("0:4-15", "0:60-71", "1:22-41", "2:43-48", "2:53-58"), fresh);

        List<String> stored = hits(HyperscanDatabaseCache.in(dir));
        assertEquals(1, cacheFiles().size(), "one database file after the first compile");
        List<String> loaded = hits(HyperscanDatabaseCache.in(dir));

        assertEquals(fresh, stored);
        assertEquals(fresh, loaded);
        assertEquals(engine(HyperscanDatabaseCache.in(null)), engine(HyperscanDatabaseCache.in(dir)));
    }

    @Test
    void aCorruptCacheFileIsIgnored() throws IOException {
        List<String> fresh = hits(HyperscanDatabaseCache.in(dir));
        Files.write(cacheFiles().get(0), new byte[] {0, 0, 0, 1, 0, 3, 'H', 'G', 'R', 42, 42, 42});
        assertEquals(fresh, hits(HyperscanDatabaseCache.in(dir)));
    }

    @Test
    void folderFollowsPropertyThenXdgThenHome() {
        assertEquals(Path.of("/p", "hyperscan"), HyperscanDatabaseCache.folder("/p", Map.of("XDG_CACHE_HOME", "/x"), "/h"));
        assertEquals(Path.of("/x", "ferret", "hyperscan"), HyperscanDatabaseCache.folder(null, Map.of("XDG_CACHE_HOME", "/x"), "/h"));
        assertEquals(Path.of("/h", ".cache", "ferret", "hyperscan"), HyperscanDatabaseCache.folder(null, Map.of(), "/h"));
        assertNull(HyperscanDatabaseCache.folder("none", Map.of(), "/h"));
    }

    private static List<String> hits(HyperscanDatabaseCache cache) {
        try (CompiledPatterns patterns = HyperscanEngine.compile(SPECS, cache); PatternScanner scanner = patterns.newScanner()) {
            return Hits.sorted(scanner, TEXT);
        }
    }

    private static String engine(HyperscanDatabaseCache cache) {
        try (CompiledPatterns patterns = HyperscanEngine.compile(SPECS, cache)) {
            return patterns.engineName();
        }
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".hsdb")).toList();
        }
    }
}
