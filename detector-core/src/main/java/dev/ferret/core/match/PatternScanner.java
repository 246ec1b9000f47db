package dev.ferret.core.match;

/**
 * Scans text for all compiled patterns at once. Not thread-safe: each thread takes its own from
 * {@link CompiledPatterns#newScanner()} (for Hyperscan it owns the scratch space).
 *
 * <p>Hits follow one rule whatever the engine: for each pattern, the leftmost-longest non-overlapping matches, in
 * order of start offset per pattern. Offsets are Java {@code char} offsets in the scanned text.
 */
public interface PatternScanner extends AutoCloseable {

    void scan(String text, HitSink sink);

    @Override
    default void close() {
    }
}
