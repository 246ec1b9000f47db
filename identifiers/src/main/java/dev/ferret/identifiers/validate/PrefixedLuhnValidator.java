package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A Luhn-checked number of fixed length and prefix: Argentina's SUBE card (16 digits starting 6061), or a Swedish
 * personnummer (ten digits, no prefix) as used for driving licences.
 */
public final class PrefixedLuhnValidator implements Validator {

    private final String prefix;
    private final int length;

    public PrefixedLuhnValidator(String prefix, int length) {
        this.prefix = prefix;
        this.length = length;
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String digits = Digits.withConsistentSeparators(value, " -");
        return digits != null && digits.length() == length && digits.startsWith(prefix)
                && !Digits.allSame(digits.substring(prefix.length())) && Luhn.isValid(digits);
    }
}
