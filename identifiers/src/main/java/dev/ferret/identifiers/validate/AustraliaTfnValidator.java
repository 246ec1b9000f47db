package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * An Australian Tax File Number: nine digits (weights 1, 4, 3, 7, 5, 8, 6, 9, 10) or the older eight (weights 10, 7,
 * 8, 4, 6, 3, 5, 1) whose weighted sum is a multiple of 11. Every weight is prime to 11, so any single-digit error fails.
 */
public final class AustraliaTfnValidator implements Validator {

    private static final int[] NINE = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] EIGHT = {10, 7, 8, 4, 6, 3, 5, 1};

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String tfn = Digits.withConsistentSeparators(value, " -");
        if (tfn == null || Digits.allSame(tfn) || tfn.length() < 8 || tfn.length() > 9) {
            return false;
        }
        return WeightedSum.of(tfn, tfn.length() == 9 ? NINE : EIGHT) % 11 == 0;
    }
}
