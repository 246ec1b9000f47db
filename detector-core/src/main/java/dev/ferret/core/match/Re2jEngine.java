package dev.ferret.core.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.util.List;

/**
 * Pure-Java, linear-time engine (RE2/J): one pass per pattern. It is the fallback where Hyperscan cannot run and the
 * reference that the Hyperscan engine is tested against.
 */
public final class Re2jEngine {

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]");

    private Re2jEngine() {
    }

    public static CompiledPatterns compile(List<PatternSpec> specs) {
        int n = specs.size();
        int[] ids = new int[n];
        Pattern[] patterns = new Pattern[n];
        for (int i = 0; i < n; i++) {
            PatternSpec spec = specs.get(i);
            ids[i] = spec.id();
            patterns[i] = compileOne(spec);
        }
        return new CompiledPatterns() {
            @Override
            public PatternScanner newScanner() {
                return (text, sink) -> {
                    for (int i = 0; i < n; i++) {
                        scanOne(patterns[i], ids[i], text, sink);
                    }
                };
            }

            @Override
            public String engineName() {
                return "re2j";
            }
        };
    }

    /** Compiles one pattern or explains, in the exception message, which construct RE2/J rejects. */
    public static Pattern compileOne(PatternSpec spec) {
        int flags = Pattern.LONGEST_MATCH | (spec.caseInsensitive() ? Pattern.CASE_INSENSITIVE : 0);
        try {
            return Pattern.compile(spec.regex(), flags);
        } catch (PatternSyntaxException e) {
            throw new PatternCompileException(spec.id(), "pattern " + spec.id() + " is not supported: "
                    + e.getDescription() + " `" + e.getPattern() + "`" + unsupportedConstruct(spec.regex()), e);
        }
    }

    /** Names the usual culprits from other regex dialects, whose RE2/J messages are terse. */
    private static String unsupportedConstruct(String regex) {
        if (regex.contains("(?=") || regex.contains("(?!")) {
            return " (lookahead is not supported)";
        }
        if (regex.contains("(?<=") || regex.contains("(?<!")) {
            return " (lookbehind is not supported)";
        }
        if (BACK_REFERENCE.matcher(regex).find()) {
            return " (back-references are not supported)";
        }
        return "";
    }

    static void scanOne(Pattern pattern, int id, String text, HitSink sink) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int start = m.start();
            int end = m.end();
            if (end > start) {
                sink.hit(id, start, end);
                from = end;
            } else {
                from = end + 1;
            }
        }
    }
}
