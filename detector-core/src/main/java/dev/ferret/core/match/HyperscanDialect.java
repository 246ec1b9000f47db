package dev.ferret.core.match;

import static com.gliwka.hyperscan.jni.hyperscan.HS_FLAG_CASELESS;
import static com.gliwka.hyperscan.jni.hyperscan.HS_FLAG_SINGLEMATCH;
import static com.gliwka.hyperscan.jni.hyperscan.HS_FLAG_SOM_LEFTMOST;
import static com.gliwka.hyperscan.jni.hyperscan.HS_FLAG_UTF8;

/**
 * Rewrites a pattern written for RE2/J (the reference semantics) into a Hyperscan expression that matches the same
 * spans, or says why it cannot. Where the two dialects read the same text differently:
 * <ul>
 *   <li>{@code \s} is {@code [\t\n\f\r ]} in RE2/J, Hyperscan adds {@code \v}: it is spelled out.</li>
 *   <li>{@code $} is the end of the text in RE2/J, Hyperscan also matches before a final newline: it becomes {@code \z}.</li>
 *   <li>Hyperscan works on bytes. A pattern that can match a non-ASCII char ({@code .}, a negated class, {@code \D},
 *       {@code \W}, {@code \S}, {@code \x}, a non-ASCII literal) gets {@code HS_FLAG_UTF8}, so it matches whole
 *       chars as RE2/J does; so does a case-insensitive pattern that may contain k or s, which RE2/J's Unicode case
 *       folding also matches as the Kelvin sign and the long s. For the same reason a case-insensitive {@code \w}
 *       is spelled out as letter ranges, which Hyperscan does fold. Everything else stays in the faster byte mode,
 *       where an ASCII-only pattern can only match whole chars anyway.</li>
 *   <li>Escapes and inline flags whose meaning differs or that Hyperscan lacks ({@code \p}, {@code \v}, {@code \Q},
 *       {@code (?s)}, {@code (?U)}, …) are left to RE2/J.</li>
 * </ul>
 */
final class HyperscanDialect {

    /** A Hyperscan expression with its compile flags, or the reason the pattern stays with RE2/J. */
    record Translation(String expression, int flags, String unsupported) {
        boolean supported() {
            return unsupported == null;
        }

        boolean reportsStart() {
            return (flags & HS_FLAG_SOM_LEFTMOST) != 0;
        }

        /** A presence check ({@link PatternSpec#presenceOnly()}): one report at most, no start offset. */
        boolean presenceOnly() {
            return (flags & HS_FLAG_SINGLEMATCH) != 0;
        }

        /** The same expression without start-of-match tracking, which Hyperscan accepts for more patterns. */
        Translation withoutStart() {
            return new Translation(expression, flags & ~HS_FLAG_SOM_LEFTMOST, null);
        }
    }

    private HyperscanDialect() {
    }

    static Translation translate(PatternSpec spec) {
        String regex = spec.regex();
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean utf8 = false;
        // conservative: an inline (?i) anywhere counts for the whole pattern
        boolean caseless = spec.caseInsensitive() || regex.contains("(?i");
        boolean inClass = false;
        int classStart = -1;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c >= 0x80) {
                utf8 = true;
                out.append(c);
            } else if (c == '\\') {
                if (i + 1 == n) {
                    return unsupported("a trailing backslash");
                }
                char e = regex.charAt(++i);
                switch (e) {
                    case 's' -> out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
                    case 'S' -> {
                        if (inClass) {
                            return unsupported("\\S inside a character class");
                        }
                        out.append("[^\\t\\n\\f\\r ]");
                        utf8 = true;
                    }
                    case 'w' -> {
                        if (caseless) {
                            // RE2/J folds \w too (Kelvin sign, long s); Hyperscan folds letter ranges only
                            out.append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]");
                            utf8 = true;
                        } else {
                            out.append("\\w");
                        }
                    }
                    case 'W' -> {
                        if (caseless) {
                            return unsupported("\\W in a case-insensitive pattern");
                        }
                        out.append("\\W");
                        utf8 = true;
                    }
                    case 'D', 'x' -> {
                        out.append('\\').append(e);
                        utf8 = true;
                    }
                    case 'd', 'b', 'B', 'A', 'z', 't', 'n', 'r', 'f', 'a' -> out.append('\\').append(e);
                    default -> {
                        if (e >= '1' && e <= '9') {
                            return unsupported("a back-reference \\" + e);
                        }
                        if (Character.isLetterOrDigit(e)) {
                            return unsupported("the escape \\" + e);
                        }
                        out.append('\\').append(e);
                    }
                }
            } else if (inClass) {
                if (c == ']' && i > classStart) {
                    inClass = false;
                } else if (c == '[' && i + 1 < n && regex.charAt(i + 1) == ':') {
                    if (caseless) {
                        return unsupported("a POSIX class in a case-insensitive pattern");
                    }
                    int close = regex.indexOf(":]", i + 2);
                    if (close > 0) {
                        out.append(regex, i, close + 2);
                        i = close + 1;
                        continue;
                    }
                }
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < n && regex.charAt(i + 1) == '^') {
                    utf8 = true;
                    out.append('^');
                    i++;
                }
                classStart = i + 1; // a ']' right after '[' or '[^' is a literal
            } else if (c == '.') {
                utf8 = true;
                out.append(c);
            } else if (c == '$') {
                out.append("\\z");
            } else if (c == '(' && i + 2 < n && regex.charAt(i + 1) == '?' && Character.isLetter(regex.charAt(i + 2))
                    && regex.charAt(i + 2) != 'P') {
                int j = i + 2;
                while (j < n && Character.isLetter(regex.charAt(j))) {
                    j++;
                }
                String flags = regex.substring(i + 2, j);
                if (!flags.chars().allMatch(f -> f == 'i') || j == n || regex.charAt(j) != ')' && regex.charAt(j) != ':') {
                    return unsupported("the inline flags (?" + flags);
                }
                out.append(c);
            } else {
                out.append(c);
            }
        }
        if (caseless && mayFoldBeyondAscii(regex)) {
            utf8 = true;
        }
        int flags = (spec.presenceOnly() ? HS_FLAG_SINGLEMATCH : HS_FLAG_SOM_LEFTMOST)
                | (spec.caseInsensitive() ? HS_FLAG_CASELESS : 0) | (utf8 ? HS_FLAG_UTF8 : 0);
        return new Translation(out.toString(), flags, null);
    }

    /** RE2/J folds k to the Kelvin sign and s to the long s; a class range may hold either. Conservative on purpose. */
    private static boolean mayFoldBeyondAscii(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = Character.toLowerCase(regex.charAt(i));
            if (c == 'k' || c == 's' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static Translation unsupported(String construct) {
        return new Translation(null, 0, construct);
    }
}
