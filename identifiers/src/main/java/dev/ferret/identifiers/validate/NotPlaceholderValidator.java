package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * For formats without a check digit (most driver's licences, passports, DNI, RG, CEP): rejects the placeholder values
 * Macie documents as excluded, i.e. numbers whose digits are all one digit ({@code 00000000}, {@code 99.999.999},
 * {@code AB0000000}).
 */
public final class NotPlaceholderValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.length() < 4 || !Digits.allSame(digits);
    }
}
