package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A US DEA registration number: a registrant-type letter, the first letter of the registrant's surname (or 9 for a
 * business), six digits and a check digit: the last digit of {@code (d1 + d3 + d5) + 2 (d2 + d4 + d6)}.
 */
public final class UsDeaNumberValidator implements Validator {

    /** Registrant types the DEA issues (A/B/F/G practitioners and institutions, M mid-levels, P–U distributors, X narcotic treatment). */
    private static final String REGISTRANT_TYPES = "ABCDEFGHJKLMPRSTUX";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        if (value.length() != 9 || REGISTRANT_TYPES.indexOf(value.charAt(0)) < 0) {
            return false;
        }
        char second = value.charAt(1);
        if (!(second >= 'A' && second <= 'Z' || second == '9')) {
            return false;
        }
        String digits = value.substring(2);
        return digits.chars().allMatch(c -> c >= '0' && c <= '9') && checkDigit(digits.substring(0, 6)) == digits.charAt(6) - '0';
    }

    /** The check digit for the six serial digits. */
    static int checkDigit(String six) {
        int odd = (six.charAt(0) - '0') + (six.charAt(2) - '0') + (six.charAt(4) - '0');
        int even = (six.charAt(1) - '0') + (six.charAt(3) - '0') + (six.charAt(5) - '0');
        return (odd + 2 * even) % 10;
    }
}
