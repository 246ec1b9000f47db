package dev.ferret.core.confirm;

/**
 * Opens the scanner's keyword rules ({@link KeywordPattern}) to the corpus tests, which check that a label holds the
 * keywords they mean to plant and no other identifier's, by the rules the scanner itself applies.
 */
public final class KeywordRegex {

    private KeywordRegex() {
    }

    /** The regex the scanner matches {@code keyword} with (case-insensitive). */
    public static String of(String keyword) {
        return KeywordPattern.regexFor(keyword);
    }

    /** A column name or JSON key as words, which the scanner also matches keywords in. */
    public static String nameAsWords(String name) {
        return KeywordPattern.nameAsWords(name);
    }
}
