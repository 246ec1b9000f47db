package dev.ferret.core.match;

/** A set of patterns compiled once and shared by all threads. */
public interface CompiledPatterns extends AutoCloseable {

    /** A scanner for the calling thread. */
    PatternScanner newScanner();

    /** Which engine runs these patterns, for logs and benchmarks (e.g. "hyperscan", "re2j", "hyperscan+re2j"). */
    String engineName();

    @Override
    default void close() {
    }
}
