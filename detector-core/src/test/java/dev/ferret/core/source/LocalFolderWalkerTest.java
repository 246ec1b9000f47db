package dev.ferret.core.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LocalFolderWalkerTest {

    @Test
    void listsRegularFilesDepthFirstInSortedOrderWithRelativeKeys(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectory(dir.resolve("data"));
        for (String name : List.of("b.txt", "a/z.csv", "a/c/d.json", "A.txt", "a.txt", "empty/")) {
            Path p = root.resolve(name);
            if (name.endsWith("/")) {
                Files.createDirectories(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.writeString(p, name);
            }
        }
        List<String> keys = new ArrayList<>();
        new LocalFolderWalker(root).forEachRemaining(ref -> {
            keys.add(ref.key());
            assertEquals("data", ref.bucket());
        });
        assertEquals(List.of("A.txt", "a/c/d.json", "a/z.csv", "a.txt", "b.txt"), keys);
    }

    @Test
    void refsCarrySizeTimeAndContent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.txt"), "hello");
        LocalFileRef ref = new LocalFolderWalker(dir).next();
        assertEquals(5, ref.size());
        assertEquals(Files.getLastModifiedTime(dir.resolve("x.txt")).toInstant(), ref.lastModified());
        assertEquals("txt", ref.name().substring(2));
        try (InputStream in = ref.open()) {
            assertEquals("hello", new String(in.readAllBytes()));
        }
    }

    @Test
    void symbolicLinksAreNotFollowed(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Files.writeString(root.resolve("real.txt"), "x");
        Files.createSymbolicLink(root.resolve("loop"), root);
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("real.txt"));
        List<String> keys = new ArrayList<>();
        new LocalFolderWalker(root).forEachRemaining(ref -> keys.add(ref.key()));
        assertEquals(List.of("real.txt"), keys);
    }

    @Test
    void anEmptyFolderYieldsNothing(@TempDir Path dir) {
        assertFalse(new LocalFolderWalker(dir).hasNext());
    }

    @Test
    void orderMatchesASortedListingWhateverTheCreationOrder(@TempDir Path dir) throws IOException {
        long seed = 20261125L;
        Random random = new Random(seed);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String key = "d" + random.nextInt(4) + "/f" + random.nextInt(1000) + ".txt";
            if (!expected.contains(key)) {
                expected.add(key);
                Files.createDirectories(dir.resolve(key).getParent());
                Files.writeString(dir.resolve(key), key);
            }
        }
        expected.sort(String::compareTo); // folder names share a prefix and length, so path order is name order
        List<String> keys = new ArrayList<>();
        new LocalFolderWalker(dir).forEachRemaining(ref -> keys.add(ref.key()));
        assertEquals(expected, keys, "seed " + seed);
    }
}
