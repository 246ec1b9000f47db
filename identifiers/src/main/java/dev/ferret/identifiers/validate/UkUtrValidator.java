package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A UK Unique Taxpayer Reference: ten digits whose first is a check digit over the other nine (weights 6, 7, 8, 9, 10,
 * 5, 4, 3, 2; HMRC's table maps the remainder mod 11 to the check digit). Written with an optional {@code K} suffix.
 */
public final class UkUtrValidator implements Validator {

    private static final int[] WEIGHTS = {6, 7, 8, 9, 10, 5, 4, 3, 2};
    private static final int[] CHECK_FOR_REMAINDER = {2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String v = value.endsWith("K") || value.endsWith("k") ? value.substring(0, value.length() - 1) : value;
        String utr = Digits.withConsistentSeparators(v.strip(), " ");
        if (utr == null || utr.length() != 10 || Digits.allSame(utr.substring(1))) {
            return false;
        }
        return utr.charAt(0) - '0' == checkDigit(utr.substring(1));
    }

    static int checkDigit(String nineDigits) {
        return CHECK_FOR_REMAINDER[WeightedSum.of(nineDigits, WEIGHTS) % 11];
    }
}
