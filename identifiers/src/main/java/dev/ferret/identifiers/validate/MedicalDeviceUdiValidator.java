package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A unique device identifier in one of the FDA-accredited formats: GS1 (the {@code (01)} GTIN-14 with its mod-10 check
 * digit, weights 3 and 1 from the right), HIBCC (a {@code +}-led primary code whose last character is the modulus-43
 * check of all before it) or ICCBBA ISBT 128 (a donation identification number, checked by the pattern alone).
 */
public final class MedicalDeviceUdiValidator implements Validator {

    /** The HIBCC check alphabet: each character's value is its index. */
    private static final String MOD43 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return switch (value.charAt(0)) {
            case '(' -> isGs1(value);
            case '+' -> hibccCheck(value.substring(0, value.length() - 1)) == value.charAt(value.length() - 1);
            case '=' -> true;
            default -> false;
        };
    }

    private static boolean isGs1(String value) {
        String gtin = value.substring(4).strip().substring(0, 14);
        return !Digits.allSame(gtin.substring(0, 13)) && gs1CheckDigit(gtin.substring(0, 13)) == gtin.charAt(13) - '0';
    }

    /** The GS1 check digit for a payload (13 digits for a GTIN-14). */
    static int gs1CheckDigit(String payload) {
        int sum = 0;
        for (int i = payload.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (payload.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** The HIBCC modulus-43 check character for the data (including its leading {@code +}); 0 for a foreign character. */
    static char hibccCheck(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = MOD43.indexOf(data.charAt(i));
            if (v < 0) {
                return 0;
            }
            sum += v;
        }
        return MOD43.charAt(sum % 43);
    }
}
