package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A French INSEE/NIR number ({@code 1 84 12 76 451 089 46}): thirteen characters and a two-digit key
 * {@code 97 − (number mod 97)}. Corsican départements 2A and 2B count as 19 and 18. Month 01–12, 20–42 or 50–99
 * (the INSEE codes for an unknown month).
 */
public final class FranceNirValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String nir = Digits.stripped(value, " .-");
        if (nir.length() != 15) {
            return false;
        }
        String body = nir.substring(0, 13);
        String key = nir.substring(13);
        String department = body.substring(5, 7);
        if (department.equals("2A")) {
            body = body.substring(0, 5) + "19" + body.substring(7);
        } else if (department.equals("2B")) {
            body = body.substring(0, 5) + "18" + body.substring(7);
        }
        if (!Digits.allDigits(body) || !Digits.allDigits(key) || Digits.allSame(body.substring(1))) {
            return false;
        }
        int month = Integer.parseInt(body.substring(3, 5));
        if (month == 0 || month > 12 && month < 20 || month > 42 && month < 50) {
            return false;
        }
        return Integer.parseInt(key) == key(body);
    }

    static int key(String thirteenDigits) {
        return 97 - (int) (Long.parseLong(thirteenDigits) % 97);
    }
}
