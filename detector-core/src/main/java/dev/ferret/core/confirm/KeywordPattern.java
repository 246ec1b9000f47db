package dev.ferret.core.confirm;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a keyword into a case-insensitive pattern with Macie's spelling variants: a space also matches no space,
 * {@code _} or {@code -}. Word boundaries are required where the keyword starts or ends with a letter or digit, so
 * that {@code sin} does not fire inside {@code business}.
 *
 * <p>Keywords are accent-insensitive the way people write them: a letter written with an accent matches that letter
 * with any accent or none, in either case ({@code numéro} matches {@code NUMERO}, {@code Numéro} and {@code numèro}).
 * A letter written without an accent matches only itself (in either case), so that the many ASCII keywords stay in
 * the matcher's fast byte mode. Each non-ASCII letter is spelt out as a class holding both cases, so that the two
 * engines agree without relying on how either folds case beyond ASCII. German umlauts and ß also match their usual
 * ASCII spellings ({@code Führerschein} matches {@code FUEHRERSCHEIN}, {@code straße} matches {@code strasse}).
 */
final class KeywordPattern {

    /** How German writes these letters without them. */
    private static final Map<Character, String> TRANSLITERATED = Map.of('ä', "ae", 'ö', "oe", 'ü', "ue", 'ß', "ss");

    /** Base letter (a–z) to every Latin letter that decomposes to it plus accents, both cases. */
    private static final Map<Character, Set<Character>> ACCENTED = accentedLetters();

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
            } else if (TRANSLITERATED.containsKey(c)) {
                sb.append("(?:").append(letterClass(c)).append('|').append(TRANSLITERATED.get(c)).append(')');
            } else if (c >= 0x80 && Character.isLetter(c)) {
                sb.append(letterClass(c));
            } else if (Character.isLetterOrDigit(c) || c == '_' || c >= 0x80) {
                // a non-ASCII symbol (’ ° –) is a literal as it stands; a backslash would escape only its first
                // UTF-8 byte in Hyperscan
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

    /** A non-ASCII letter as a class: its accent variants and their base letter if it has an accent, else its cases. */
    private static String letterClass(char c) {
        Set<Character> members = new TreeSet<>();
        char base = baseLetter(c);
        if (base != 0) {
            members.add(base);
            members.add(Character.toUpperCase(base));
            members.addAll(ACCENTED.get(base));
        } else {
            members.add(c);
            members.add(Character.toUpperCase(c));
            members.add(Character.toLowerCase(c));
        }
        StringBuilder sb = new StringBuilder("[");
        members.forEach(sb::append);
        return sb.append(']').toString();
    }

    /** The ASCII letter {@code c} is written on with accents removed, lower case; 0 if it is not one. */
    private static char baseLetter(char c) {
        String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (stripped.length() != 1 || stripped.charAt(0) == c) {
            return 0;
        }
        char b = Character.toLowerCase(stripped.charAt(0));
        return b >= 'a' && b <= 'z' ? b : 0;
    }

    private static Map<Character, Set<Character>> accentedLetters() {
        Map<Character, Set<Character>> map = new HashMap<>();
        // Latin-1 Supplement letters, Latin Extended-A and -B: every precomposed Latin letter of the languages Macie lists
        for (char c = 0xC0; c <= 0x24F; c++) {
            char base = baseLetter(c);
            if (base != 0) {
                map.computeIfAbsent(base, b -> new TreeSet<>()).add(c);
            }
        }
        return map;
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
