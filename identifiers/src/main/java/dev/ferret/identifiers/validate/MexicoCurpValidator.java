package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;

/**
 * A Mexican CURP ({@code GODE561231HDFRRN09}): name letters, birth date, sex, state, consonants, a homoclave and a check
 * digit {@code (10 − Σ value × (18 − position) mod 10) mod 10} over RENAPO's alphabet (0–9, A–N, Ñ, O–Z). The date must
 * be a real month and day; the pattern enforces the rest of the structure.
 */
public final class MexicoCurpValidator implements Validator {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String curp = value.toUpperCase(Locale.ROOT);
        if (curp.length() != 18 || !Dates.isMonthDay(curp.substring(6, 10))) {
            return false;
        }
        int check = checkDigit(curp.substring(0, 17));
        return check >= 0 && curp.charAt(17) - '0' == check;
    }

    /** The check digit for the first 17 characters, or -1 if one is outside the alphabet. */
    static int checkDigit(String seventeen) {
        int sum = 0;
        for (int i = 0; i < seventeen.length(); i++) {
            int v = ALPHABET.indexOf(seventeen.charAt(i));
            if (v < 0) {
                return -1;
            }
            sum += v * (18 - i);
        }
        return (10 - sum % 10) % 10;
    }
}
