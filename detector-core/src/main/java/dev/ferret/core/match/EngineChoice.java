package dev.ferret.core.match;

/** Which regex engine compiles the pattern set. */
public enum EngineChoice {
    /** Hyperscan where its native library loads, with RE2/J for any pattern it rejects; RE2/J alone elsewhere. */
    AUTO,
    HYPERSCAN,
    RE2J
}
