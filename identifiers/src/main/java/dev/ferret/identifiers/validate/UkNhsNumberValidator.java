package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/** A UK NHS number: ten digits (commonly written 3-3-4) passing the {@link Mod11} check. */
public final class UkNhsNumberValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String digits = Digits.withConsistentSeparators(value, " -");
        return digits != null && !Digits.allSame(digits) && Mod11.isValid(digits);
    }
}
