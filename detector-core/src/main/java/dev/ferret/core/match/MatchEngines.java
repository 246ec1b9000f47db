package dev.ferret.core.match;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiles a pattern set with the chosen engine. {@link EngineChoice#AUTO} takes Hyperscan where its native library
 * loads and RE2/J elsewhere, saying so once at INFO; the system property {@value #ENGINE_PROPERTY} ({@code auto},
 * {@code hyperscan} or {@code re2j}) overrides what AUTO picks. {@link EngineChoice#HYPERSCAN} fails if the native
 * library cannot load.
 */
public final class MatchEngines {

    public static final String ENGINE_PROPERTY = "ferret.engine";

    private static final Logger LOG = LoggerFactory.getLogger(MatchEngines.class);
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();

    private MatchEngines() {
    }

    public static CompiledPatterns compile(List<PatternSpec> specs, EngineChoice choice) {
        EngineChoice engine = choice == EngineChoice.AUTO ? configuredChoice() : choice;
        return switch (engine) {
            case HYPERSCAN -> HyperscanEngine.compile(specs);
            case RE2J -> {
                if (choice == EngineChoice.AUTO) {
                    logFallbackOnce("-D" + ENGINE_PROPERTY + "=re2j");
                }
                yield Re2jEngine.compile(specs);
            }
            case AUTO -> {
                if (!HyperscanLibrary.available()) {
                    logFallbackOnce(HyperscanLibrary.failure());
                    yield Re2jEngine.compile(specs);
                }
                try {
                    yield HyperscanEngine.compile(specs);
                } catch (HyperscanEngine.SetRejectedException e) {
                    LOG.warn("{}; matching with RE2/J", e.getMessage());
                    yield Re2jEngine.compile(specs);
                }
            }
        };
    }

    private static void logFallbackOnce(String reason) {
        if (FALLBACK_LOGGED.compareAndSet(false, true)) {
            LOG.info("{}; matching with RE2/J", reason);
        }
    }

    private static EngineChoice configuredChoice() {
        String value = System.getProperty(ENGINE_PROPERTY, "auto").strip().toUpperCase(Locale.ROOT);
        try {
            return EngineChoice.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + ENGINE_PROPERTY + " must be auto, hyperscan or re2j, not '"
                    + System.getProperty(ENGINE_PROPERTY) + "'", e);
        }
    }
}
