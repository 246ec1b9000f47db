package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;

/**
 * A vehicle identification number (ISO 3779): seventeen characters without I, O or Q, whose ninth is the check digit
 * (0–9 or X) of the North American scheme: transliterated values weighted 8 7 6 5 4 3 2 10 · 9 8 7 6 5 4 3 2, sum mod
 * 11. Every weight is prime to 11, so any single changed digit fails.
 */
public final class VinValidator implements Validator {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Values of A–Z (I, O, Q unused). */
    private static final int[] LETTER_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String vin = value.toUpperCase(Locale.ROOT);
        if (vin.length() != 17 || vin.chars().anyMatch(c -> c == 'I' || c == 'O' || c == 'Q')
                || Digits.allSame(vin.substring(11))) {
            return false;
        }
        return vin.charAt(8) == checkCharacter(vin);
    }

    static char checkCharacter(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = vin.charAt(i);
            int v = c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
            sum += v * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
