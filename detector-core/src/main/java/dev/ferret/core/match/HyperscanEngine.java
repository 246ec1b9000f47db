package dev.ferret.core.match;

import com.google.re2j.Pattern;
import com.gliwka.hyperscan.jni.hs_compile_error_t;
import com.gliwka.hyperscan.jni.hs_database_t;
import com.gliwka.hyperscan.jni.hs_expr_info_t;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.gliwka.hyperscan.jni.hyperscan.HS_MODE_BLOCK;
import static com.gliwka.hyperscan.jni.hyperscan.HS_SUCCESS;
import static com.gliwka.hyperscan.jni.hyperscan.hs_compile_multi;
import static com.gliwka.hyperscan.jni.hyperscan.hs_expression_info;
import static com.gliwka.hyperscan.jni.hyperscan.hs_free_compile_error;

/**
 * Compiles a pattern set into one Hyperscan block-mode database with start-of-match reporting. Every pattern is also
 * compiled by RE2/J, which defines the semantics: a pattern RE2/J rejects is an error whatever Hyperscan thinks of it,
 * a pattern Hyperscan rejects (or that {@link HyperscanDialect} keeps away from it) is scanned by RE2/J alone, and
 * RE2/J settles the rare spans Hyperscan's reports leave open (see {@link LeftmostLongest}). A pattern that Hyperscan
 * rejects only with start offsets ("too large" for SOM) stays in the database without them, as a gate: RE2/J looks
 * for it only where Hyperscan saw it end, from at most the pattern's maximum width before that end.
 */
public final class HyperscanEngine {

    private static final Logger LOG = LoggerFactory.getLogger(HyperscanEngine.class);
    private static final HyperscanDatabaseCache CACHE = HyperscanDatabaseCache.standard();

    private HyperscanEngine() {
    }

    /**
     * @throws IllegalStateException    if the native library cannot load
     * @throws SetRejectedException     if Hyperscan rejects the set as a whole (e.g. too large), not one pattern
     * @throws PatternCompileException  if RE2/J rejects a pattern
     */
    public static CompiledPatterns compile(List<PatternSpec> specs) {
        return compile(specs, CACHE);
    }

    static CompiledPatterns compile(List<PatternSpec> specs, HyperscanDatabaseCache cache) {
        if (!HyperscanLibrary.available()) {
            throw new IllegalStateException(HyperscanLibrary.failure());
        }
        List<Compiled> inHyperscan = new ArrayList<>();
        List<HyperscanDialect.Translation> translations = new ArrayList<>();
        List<Compiled> re2jOnly = new ArrayList<>();
        for (PatternSpec spec : specs) {
            Compiled compiled = new Compiled(spec.id(), Re2jEngine.compileOne(spec));
            HyperscanDialect.Translation t = HyperscanDialect.translate(spec);
            if (t.supported()) {
                inHyperscan.add(compiled);
                translations.add(t);
            } else {
                LOG.debug("pattern {} is scanned by RE2/J: Hyperscan reads {} differently", spec.id(), t.unsupported());
                re2jOnly.add(compiled);
            }
        }
        String key = HyperscanDatabaseCache.key(translations);
        Optional<HyperscanDatabaseCache.Entry> cached = cache.load(key);
        hs_database_t database;
        if (cached.isPresent()) {
            database = cached.get().database();
            applyPlan(cached.get().plan(), inHyperscan, translations, re2jOnly);
        } else {
            List<Integer> ids = inHyperscan.stream().map(Compiled::id).toList();
            dropUnparsable(inHyperscan, translations, re2jOnly);
            database = compileAsMuchAsPossible(inHyperscan, translations, re2jOnly);
            cache.store(key, plan(ids, inHyperscan, translations), database);
        }
        int[] gateWidths = new int[translations.size()];
        for (int i = 0; i < gateWidths.length; i++) {
            HyperscanDialect.Translation t = translations.get(i);
            gateWidths[i] = t.reportsStart() ? HyperscanPatterns.NOT_A_GATE
                    : t.presenceOnly() ? HyperscanPatterns.PRESENCE : maxWidth(t);
        }
        return new HyperscanPatterns(database, ids(inHyperscan), re2j(inHyperscan), gateWidths, ids(re2jOnly),
                re2j(re2jOnly));
    }

    /**
     * Compiles the database, moving out the patterns Hyperscan rejects: a pattern too large for start offsets becomes a
     * gate, any other rejected pattern goes to RE2/J. Each rejection costs a compile of the whole set, which is why
     * patterns that do not even parse are dropped before ({@link #dropUnparsable}).
     */
    private static hs_database_t compileAsMuchAsPossible(List<Compiled> inHyperscan,
                                                         List<HyperscanDialect.Translation> translations,
                                                         List<Compiled> re2jOnly) {
        while (!inHyperscan.isEmpty()) {
            CompileResult result = compileDatabase(translations);
            if (result.database != null) {
                return result.database;
            }
            if (result.rejected < 0) {
                throw new SetRejectedException("Hyperscan rejects the pattern set: " + result.message);
            }
            HyperscanDialect.Translation t = translations.get(result.rejected);
            if (t.reportsStart()) {
                LOG.debug("pattern {}: Hyperscan says {} with start offsets; it only gates RE2/J now",
                        inHyperscan.get(result.rejected).id(), result.message);
                translations.set(result.rejected, t.withoutStart());
                continue;
            }
            Compiled rejected = inHyperscan.remove(result.rejected);
            translations.remove(result.rejected);
            LOG.debug("pattern {} is scanned by RE2/J: Hyperscan says {}", rejected.id(), result.message);
            re2jOnly.add(rejected);
        }
        return null;
    }

    /** Moves to RE2/J the patterns Hyperscan cannot parse at all (checked one by one, which is cheap). */
    private static void dropUnparsable(List<Compiled> inHyperscan, List<HyperscanDialect.Translation> translations,
                                       List<Compiled> re2jOnly) {
        for (int i = inHyperscan.size() - 1; i >= 0; i--) {
            String error = parseError(translations.get(i));
            if (error != null) {
                LOG.debug("pattern {} is scanned by RE2/J: Hyperscan says {}", inHyperscan.get(i).id(), error);
                re2jOnly.add(inHyperscan.remove(i));
                translations.remove(i);
            }
        }
    }

    /** Hyperscan's parse error for one pattern, or {@code null} if it parses. */
    private static String parseError(HyperscanDialect.Translation t) {
        try (BytePointer expression = new BytePointer(t.expression(), StandardCharsets.UTF_8);
             PointerPointer<hs_expr_info_t> infoOut = new PointerPointer<>(1);
             PointerPointer<hs_compile_error_t> errorOut = new PointerPointer<>(1)) {
            if (hs_expression_info(expression, t.flags(), infoOut, errorOut) == HS_SUCCESS) {
                Pointer.free(infoOut.get(hs_expr_info_t.class));
                return null;
            }
            hs_compile_error_t error = errorOut.get(hs_compile_error_t.class);
            try {
                return error.message().getString();
            } finally {
                hs_free_compile_error(error);
            }
        }
    }

    /** The plan of a compiled set for the cache: per pattern id in {@code ids}, H, G or R. */
    private static String plan(List<Integer> ids, List<Compiled> inHyperscan, List<HyperscanDialect.Translation> translations) {
        StringBuilder plan = new StringBuilder(ids.size());
        for (int id : ids) {
            int at = indexOf(inHyperscan, id);
            plan.append(at < 0 ? 'R' : translations.get(at).reportsStart() ? 'H' : 'G');
        }
        return plan.toString();
    }

    /** Rebuilds the lists as the cached compile left them: same order, same gates, same RE2/J patterns. */
    private static void applyPlan(String plan, List<Compiled> inHyperscan, List<HyperscanDialect.Translation> translations,
                                  List<Compiled> re2jOnly) {
        for (int i = plan.length() - 1; i >= 0; i--) {
            switch (plan.charAt(i)) {
                case 'R' -> {
                    re2jOnly.add(inHyperscan.remove(i));
                    translations.remove(i);
                }
                case 'G' -> translations.set(i, translations.get(i).withoutStart());
                default -> { }
            }
        }
    }

    private static int indexOf(List<Compiled> patterns, int id) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Hyperscan refused the pattern set as a whole rather than one of its patterns. */
    public static final class SetRejectedException extends IllegalStateException {
        SetRejectedException(String message) {
            super(message);
        }
    }

    private record Compiled(int id, Pattern re2j) {
    }

    private record CompileResult(hs_database_t database, int rejected, String message) {
    }

    private static CompileResult compileDatabase(List<HyperscanDialect.Translation> translations) {
        int n = translations.size();
        String[] expressions = new String[n];
        int[] flags = new int[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            expressions[i] = translations.get(i).expression();
            flags[i] = translations.get(i).flags();
            ids[i] = i;
        }
        try (PointerPointer<?> expressionPointers = new PointerPointer<>(n).putString(expressions, StandardCharsets.UTF_8);
             IntPointer flagPointer = new IntPointer(flags);
             IntPointer idPointer = new IntPointer(ids);
             PointerPointer<hs_database_t> databaseOut = new PointerPointer<>(1);
             PointerPointer<hs_compile_error_t> errorOut = new PointerPointer<>(1)) {
            int rc = hs_compile_multi(expressionPointers, flagPointer, idPointer, n, HS_MODE_BLOCK, null,
                    databaseOut, errorOut);
            if (rc == HS_SUCCESS) {
                return new CompileResult(databaseOut.get(hs_database_t.class), -1, null);
            }
            hs_compile_error_t error = errorOut.get(hs_compile_error_t.class);
            try {
                return new CompileResult(null, error.expression(), error.message().getString());
            } finally {
                hs_free_compile_error(error);
            }
        }
    }

    /** The most bytes a match can span, or {@link Integer#MAX_VALUE} if unbounded. */
    private static int maxWidth(HyperscanDialect.Translation t) {
        try (BytePointer expression = new BytePointer(t.expression(), StandardCharsets.UTF_8);
             PointerPointer<hs_expr_info_t> infoOut = new PointerPointer<>(1);
             PointerPointer<hs_compile_error_t> errorOut = new PointerPointer<>(1)) {
            if (hs_expression_info(expression, t.flags(), infoOut, errorOut) != HS_SUCCESS) {
                hs_free_compile_error(errorOut.get(hs_compile_error_t.class));
                return Integer.MAX_VALUE;
            }
            hs_expr_info_t info = infoOut.get(hs_expr_info_t.class);
            int width = info.max_width(); // unsigned; UINT_MAX (-1 here) means unbounded
            Pointer.free(info);
            return width < 0 ? Integer.MAX_VALUE : width;
        }
    }

    private static Pattern[] re2j(List<Compiled> patterns) {
        return patterns.stream().map(Compiled::re2j).toArray(Pattern[]::new);
    }

    private static int[] ids(List<Compiled> patterns) {
        return patterns.stream().mapToInt(Compiled::id).toArray();
    }
}
