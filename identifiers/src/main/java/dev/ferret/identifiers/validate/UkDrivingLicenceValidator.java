package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;

/**
 * A DVLA driving licence number ({@code MORGA753116SM9IJ}): five surname characters (padded with 9), the decade digit,
 * the birth month (plus 50 for women), the day, the year digit, two initials (padded with 9), a digit and two check
 * characters. The pattern checks the character classes; this checks the surname padding and the date.
 */
public final class UkDrivingLicenceValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String dl = value.toUpperCase(Locale.ROOT);
        if (dl.length() != 16 || !dl.substring(0, 5).matches("[A-Z]+9*")) {
            return false;
        }
        int monthField = Integer.parseInt(dl.substring(6, 8));
        int month = monthField > 50 ? monthField - 50 : monthField;
        int day = Integer.parseInt(dl.substring(8, 10));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
}
