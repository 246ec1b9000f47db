package dev.ferret.identifiers.validate;

/** Reads a number written with optional separators, as candidate patterns allow. */
final class Digits {

    private Digits() {
    }

    /**
     * The digits of {@code value} if every other character is one of {@code separators} and all separators are the
     * same character (so {@code 536-90-4399} and {@code 536 90 4399} pass, {@code 536-90 4399} does not); else {@code null}.
     */
    static String withConsistentSeparators(String value, String separators) {
        StringBuilder digits = new StringBuilder(value.length());
        char separator = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (separators.indexOf(c) >= 0 && (separator == 0 || separator == c)) {
                separator = c;
            } else {
                return null;
            }
        }
        return digits.toString();
    }

    /** Whether every character of {@code s} is the same (e.g. {@code 000000000}), a common placeholder. */
    static boolean allSame(String s) {
        return s.chars().distinct().count() <= 1;
    }

    /** {@code value} without any of the {@code separators}, upper-cased (for forms such as {@code 12.345.678-K}). */
    static String stripped(String value, String separators) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (separators.indexOf(c) < 0) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} is non-empty and holds ASCII digits only. */
    static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
