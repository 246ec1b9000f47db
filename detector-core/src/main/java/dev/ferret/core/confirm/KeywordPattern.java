package dev.ferret.core.confirm;

import java.util.Locale;

/**
 * Turns a keyword into a case-insensitive pattern with Macie's spelling variants: a space also matches no space,
 * {@code _} or {@code -}. Word boundaries are required where the keyword starts or ends with a letter or digit, so
 * that {@code sin} does not fire inside {@code business}.
 */
final class KeywordPattern {

    private KeywordPattern() {
    }

    static String regexFor(String keyword) {
        String k = keyword.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        if (isWordChar(k.charAt(0))) {
            sb.append("\\b");
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c == ' ') {
                sb.append("[ _-]?");
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        if (isWordChar(k.charAt(k.length() - 1))) {
            sb.append("\\b");
        }
        return sb.toString();
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Makes a field name (column header, JSON key) readable as words, so that keywords match it as they match
     * prose: {@code customer_ssn} and {@code customerSsn} both become {@code customer ssn}.
     */
    static String nameAsWords(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '.' || c == '-' || c == '$' || c == '[' || c == ']' || c == '\'') {
                sb.append(' ');
            } else {
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                    sb.append(' ');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
