package dev.ferret.identifiers.validate;

import java.util.Locale;
import java.util.Set;

/** Tells made-up or templated secret values (documentation, config templates) from ones that look generated. */
final class SecretText {

    /** Values people write where a real secret would go; compared case-insensitively with the whole value. */
    private static final Set<String> PLACEHOLDER_WORDS = Set.of(
            "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "changeme", "changeit",
            "admin", "root", "test", "example", "null", "none", "nil", "undefined", "redacted", "hidden", "masked",
            "placeholder", "dummy", "foo", "bar", "foobar", "user", "username", "default", "empty", "true", "false");

    private SecretText() {
    }

    /**
     * Whether the value is a placeholder: a known word, masking ({@code ***}, {@code xxxx}, any character six times in a
     * row, which a generated token of this length practically never has), or a template or variable reference ({@code ${VAR}}, {@code $VAR}, {@code {{var}}},
     * {@code <password>}, {@code %s}, {@code %(name)s}, {@code [secret]}).
     */
    static boolean isPlaceholder(String value) {
        if (value.isEmpty() || Digits.allSame(value)) {
            return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        char first = value.charAt(0);
        return PLACEHOLDER_WORDS.contains(lower)
                || first == '$' || first == '[' || first == '{' || first == '<' && value.endsWith(">")
                || value.startsWith("%s") || value.startsWith("%(") || value.contains("${") || value.contains("{{")
                || lower.contains("***") || lower.contains("xxxx") || lower.contains("....") || hasRun(value, 6);
    }

    private static boolean hasRun(String value, int length) {
        int run = 1;
        for (int i = 1; i < value.length(); i++) {
            run = value.charAt(i) == value.charAt(i - 1) ? run + 1 : 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /** Shannon entropy of the characters of {@code value}, in bits per character. */
    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double n = value.length();
        double bits = 0;
        for (int count : counts) {
            bits += term(count, n);
        }
        return bits + term(other, n);
    }

    private static double term(int count, double n) {
        if (count == 0) {
            return 0;
        }
        double p = count / n;
        return -p * Math.log(p) / Math.log(2);
    }

    /**
     * Whether a token looks generated: not a placeholder, and at least {@code min(3, 0.8 log2 length)} bits of entropy
     * per character (a random base62 string of 12 characters has about 3.3; {@code aaaaaaaaaaaa1} has under 0.4).
     */
    static boolean looksRandom(String value) {
        return !isPlaceholder(value) && entropy(value) >= entropyThreshold(value.length());
    }

    static double entropyThreshold(int length) {
        return Math.min(3.0, 0.8 * Math.log(length) / Math.log(2));
    }

    /** How many of lower-case letters, upper-case letters, digits and other characters the value holds. */
    static int characterClasses(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
