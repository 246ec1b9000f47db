package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * Provincial health numbers with a published check: British Columbia's PHN (ten digits starting with 9, modulus 11
 * with weights 2, 4, 8, 5, 10, 9, 7, 3 on digits two to nine), Ontario's health number (ten digits, Luhn, optionally
 * followed by a two-letter version code), and Quebec's RAMQ number (four letters, then a birth date YYMMDD with 50 added
 * to the month for women, then two digits).
 */
public final class CanadaHealthNumberValidator implements Validator {

    private static final int[] BC_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3};

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String compact = value.replace(" ", "").replace("-", "");
        if (compact.length() == 12 && Character.isLetter(compact.charAt(0))) {
            return isRamq(compact);
        }
        String digits = compact.length() == 12 ? compact.substring(0, 10) : compact;
        if (digits.length() != 10 || Digits.allSame(digits) || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return digits.charAt(0) == '9' ? bcCheckDigit(digits) == digits.charAt(9) - '0' : Luhn.isValid(digits);
    }

    /** British Columbia's check digit for a PHN, or -1 where none exists. */
    static int bcCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < BC_WEIGHTS.length; i++) {
            sum += (digits.charAt(i + 1) - '0') * BC_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check >= 10 ? -1 : check;
    }

    private static boolean isRamq(String value) {
        for (int i = 0; i < 12; i++) {
            if (i < 4 != Character.isLetter(value.charAt(i)) || i >= 4 && !Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        int month = Integer.parseInt(value.substring(6, 8));
        int day = Integer.parseInt(value.substring(8, 10));
        return (month >= 1 && month <= 12 || month >= 51 && month <= 62) && day >= 1 && day <= 31;
    }
}
