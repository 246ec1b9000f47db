package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * An Argentine DNI (7–8 digits, no check digit): not a placeholder of one repeated digit, and not followed by a letter.
 * The pattern takes a trailing letter into the candidate so that a Spanish DNI ({@code 12345678-Z}), which shares the
 * {@code dni} keyword, is seen whole and rejected here instead of being reported by its digits.
 */
public final class ArgentinaDniValidator implements Validator {

    private final Validator notPlaceholder = new NotPlaceholderValidator();

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return Character.isDigit(value.charAt(value.length() - 1)) && notPlaceholder.isValid(value, keywordNearby);
    }
}
