package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A US National Provider Identifier: ten digits starting with 1 or 2, whose last digit is the Luhn check digit of the
 * first nine prefixed with {@code 80840} (the ISO 7812 issuer prefix for US health applications), as CMS specifies.
 */
public final class UsNpiValidator implements Validator {

    static final String ISSUER_PREFIX = "80840";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return value.length() == 10 && (value.charAt(0) == '1' || value.charAt(0) == '2')
                && value.chars().allMatch(c -> c >= '0' && c <= '9') && Luhn.isValid(ISSUER_PREFIX + value);
    }
}
