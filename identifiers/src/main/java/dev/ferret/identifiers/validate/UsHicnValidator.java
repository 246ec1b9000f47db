package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * A Medicare Health Insurance Claim Number: either a Social Security number (with the SSA's area, group and serial
 * rules) followed by a Beneficiary Identification Code (a letter, optionally a digit or letter), or a Railroad
 * Retirement Board number (a known RRB prefix followed by six or nine digits).
 */
public final class UsHicnValidator implements Validator {

    /** First letters of the beneficiary identification codes CMS uses (A wage earner, B spouse, C child, D widow, …). */
    private static final String BIC_FIRST_LETTERS = "ABCDEFGHJKMTW";
    private static final Set<String> RRB_PREFIXES = Set.of(
            "A", "CA", "CD", "CH", "H", "JA", "MA", "MH", "PA", "PD", "PH", "WA", "WCA", "WCD", "WCH", "WD", "WH");
    private static final UsSsnValidator SSN = new UsSsnValidator();

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        int firstLetter = 0;
        while (firstLetter < value.length() && !Character.isLetter(value.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter == value.length()) {
            return false;
        }
        if (firstLetter == 0) {
            return isRailroadNumber(value);
        }
        String bic = value.substring(firstLetter);
        String ssn = value.substring(0, firstLetter).stripTrailing();
        if (ssn.endsWith("-")) {
            ssn = ssn.substring(0, ssn.length() - 1);
        }
        return BIC_FIRST_LETTERS.indexOf(bic.charAt(0)) >= 0 && SSN.isValid(ssn, keywordNearby);
    }

    private static boolean isRailroadNumber(String value) {
        int digitsFrom = 0;
        while (digitsFrom < value.length() && Character.isLetter(value.charAt(digitsFrom))) {
            digitsFrom++;
        }
        String digits = value.substring(digitsFrom);
        return RRB_PREFIXES.contains(value.substring(0, digitsFrom))
                && (digits.length() == 6 || digits.length() == 9) && !Digits.allSame(digits);
    }
}
