package dev.ferret.corpus;

import java.util.Random;

/** Random strings for the catalogue value makers: digits, characters of an alphabet, grouped numbers. */
final class RandomText {

    private RandomText() {
    }

    static String digits(Random rnd, int n) {
        return chars(rnd, "0123456789", n);
    }

    static String chars(Random rnd, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Groups of three from the right, dot-separated: 12345678 → 12.345.678. */
    static String thousands(String digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            sb.insert(i, '.');
        }
        return sb.toString();
    }
}
