package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A Canadian Social Insurance Number: nine digits, Luhn-valid, first digit not 0 (never assigned) nor 8 (business
 * numbers).
 */
public final class CanadaSinValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String sin = Digits.withConsistentSeparators(value, " -");
        return sin != null && sin.length() == 9 && sin.charAt(0) != '0' && sin.charAt(0) != '8' && Luhn.isValid(sin);
    }
}
