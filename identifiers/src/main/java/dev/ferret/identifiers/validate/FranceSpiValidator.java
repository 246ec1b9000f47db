package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A French numéro fiscal (SPI, {@code 30 23 217 600 053}): thirteen digits, first 0–3, the last three equal to the
 * first ten mod 511. 511 is prime to 10, so any single-digit error fails.
 */
public final class FranceSpiValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String spi = Digits.withConsistentSeparators(value, " ");
        if (spi == null || spi.length() != 13 || spi.charAt(0) > '3' || Digits.allSame(spi.substring(0, 10))) {
            return false;
        }
        return Integer.parseInt(spi.substring(10)) == key(spi.substring(0, 10));
    }

    static int key(String tenDigits) {
        return (int) (Long.parseLong(tenDigits) % 511);
    }
}
