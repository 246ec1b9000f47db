package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * An Argentine CUIT/CUIL ({@code 20-12345678-6}): a type prefix, the DNI and a check digit, {@code 11 − (Σ digit ×
 * 5, 4, 3, 2, 7, 6, 5, 4, 3, 2) mod 11}, 11 written 0 (10 is never issued: AFIP changes the prefix instead). The
 * prefixes tell people (20, 23, 24, 27) from organisations (30, 33, 34).
 */
public final class ArgentinaCuitValidator implements Validator {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final Set<String> prefixes;

    public ArgentinaCuitValidator(String... prefixes) {
        this.prefixes = Set.of(prefixes);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String cuit = Digits.withConsistentSeparators(value, "- ");
        if (cuit == null || cuit.length() != 11 || !prefixes.contains(cuit.substring(0, 2))
                || Digits.allSame(cuit.substring(2, 10))) {
            return false;
        }
        return cuit.charAt(10) - '0' == checkDigit(cuit.substring(0, 10));
    }

    /** The check digit for ten digits, or -1 where none exists. */
    static int checkDigit(String payload) {
        int check = 11 - WeightedSum.of(payload, WEIGHTS) % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
