package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A Spanish Seguridad Social number ({@code 28/12345678/40}): province code 01–53 or 66, an eight-digit number and two
 * control digits, {@code (province, number) mod 97}, where numbers under 10,000,000 are joined to the province without
 * their leading zero (the Tesorería General's rule).
 */
public final class SpainSocialSecurityValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String nss = Digits.stripped(value, " /-");
        if (nss.length() != 12 || !Digits.allDigits(nss)) {
            return false;
        }
        int province = Integer.parseInt(nss.substring(0, 2));
        long number = Long.parseLong(nss.substring(2, 10));
        if (province < 1 || province > 53 && province != 66 || number == 0) {
            return false;
        }
        return Integer.parseInt(nss.substring(10)) == control(province, number);
    }

    static int control(int province, long number) {
        long joined = number < 10_000_000L ? province * 10_000_000L + number : province * 100_000_000L + number;
        return (int) (joined % 97);
    }
}
