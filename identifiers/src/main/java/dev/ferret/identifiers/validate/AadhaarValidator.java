package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/** An Indian Aadhaar number: twelve digits, the first 2–9, passing the {@link Verhoeff} check. */
public final class AadhaarValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String digits = Digits.withConsistentSeparators(value, " -");
        return digits != null && digits.length() == 12 && digits.charAt(0) >= '2' && Verhoeff.isValid(digits);
    }
}
