package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A Chilean RUN/RUT ({@code 12.345.678-5}): seven or eight digits and a check character, {@code 11 − (Σ digit ×
 * 2…7 from the right) mod 11}, where 11 is written 0 and 10 is written K. Not all zeros.
 */
public final class ChileRutValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String rut = Digits.stripped(value, ".- ");
        if (rut.length() < 8 || rut.length() > 9) {
            return false;
        }
        String body = rut.substring(0, rut.length() - 1);
        if (!Digits.allDigits(body) || Long.parseLong(body) == 0) {
            return false;
        }
        return rut.charAt(rut.length() - 1) == checkCharacter(body);
    }

    static char checkCharacter(String body) {
        int check = 11 - WeightedSum.cyclingFromRight(body, 7) % 11;
        return check == 11 ? '0' : check == 10 ? 'K' : (char) ('0' + check);
    }
}
