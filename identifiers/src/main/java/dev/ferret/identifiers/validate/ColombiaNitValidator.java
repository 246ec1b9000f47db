package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A Colombian NIT with its verification digit ({@code 900.123.456-8}): weights 3, 7, 13, 17, 19, 23, … from the right,
 * remainder r of 11, check digit r when r &lt; 2, else 11 − r. Companies' NITs are nine digits starting 8 or 9; a
 * person's NIT is their cédula number (any other body of 6–10 digits).
 */
public final class ColombiaNitValidator implements Validator {

    private static final int[] WEIGHTS_FROM_RIGHT = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    private final boolean organisation;

    public ColombiaNitValidator(boolean organisation) {
        this.organisation = organisation;
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String nit = Digits.stripped(value, ".- ");
        if (!Digits.allDigits(nit) || nit.length() < 7 || nit.length() > 11) {
            return false;
        }
        String body = nit.substring(0, nit.length() - 1);
        boolean companyBody = body.length() == 9 && (body.charAt(0) == '8' || body.charAt(0) == '9');
        if (companyBody != organisation || Digits.allSame(body)) {
            return false;
        }
        return nit.charAt(nit.length() - 1) - '0' == checkDigit(body);
    }

    static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(body.length() - 1 - i) - '0') * WEIGHTS_FROM_RIGHT[i];
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }
}
