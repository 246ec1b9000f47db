package dev.ferret.core.match;

import java.util.List;

/** Compiles a pattern set with the chosen engine. */
public final class MatchEngines {

    private MatchEngines() {
    }

    public static CompiledPatterns compile(List<PatternSpec> specs, EngineChoice choice) {
        return Re2jEngine.compile(specs);
    }
}
