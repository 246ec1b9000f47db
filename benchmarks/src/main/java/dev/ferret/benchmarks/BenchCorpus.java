package dev.ferret.benchmarks;

import dev.ferret.core.source.ObjectRef;
import dev.ferret.corpus.CorpusGenerator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A small generated corpus (fixed seed) held in memory, so that benchmarks measure work and not the disk. */
final class BenchCorpus {

    private static final long SEED = 42;

    /** An in-memory document, scanned as a local object would be. */
    record Doc(String key, byte[] bytes) implements ObjectRef {
        @Override
        public String bucket() {
            return "bench";
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Instant lastModified() {
            return null;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private BenchCorpus() {
    }

    /** Documents of the small corpus whose names end with one of {@code extensions}, in path order. */
    static List<Doc> load(String... extensions) {
        try {
            Path dir = Files.createTempDirectory("ferret-bench-corpus");
            try {
                CorpusGenerator.generate(dir, SEED, CorpusGenerator.SMALL_BYTES);
                try (Stream<Path> walk = Files.walk(dir)) {
                    return walk.filter(Files::isRegularFile)
                            .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith("." + e)))
                            .sorted()
                            .map(p -> new Doc(dir.relativize(p).toString(), read(p)))
                            .toList();
                }
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
