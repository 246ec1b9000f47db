package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;

/**
 * A French social security number (NIR, printed on the carte Vitale): sex (1 or 2; 3, 4, 7, 8 for provisional
 * numbers), year, month (01–12, or 20 and above where unknown), département (two digits, or 2A/2B for Corsica),
 * commune, order number, and a key of {@code 97 - (n mod 97)} over the first 13 digits, with 2A read as 19 and 2B as
 * 18. Written without separators or with a space between every part.
 */
public final class FranceNirValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 15 || value.contains(" ") && value.length() != 21) {
            return false; // spaced: 1 85 05 78 006 084 36 (six spaces)
        }
        String body = compact.substring(0, 13).replace("2A", "19").replace("2B", "18");
        String key = compact.substring(13);
        if (!body.chars().allMatch(Character::isDigit) || !key.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int month = Integer.parseInt(body.substring(3, 5));
        if (month == 0 || month > 12 && month < 20) {
            return false;
        }
        return key(body) == Integer.parseInt(key);
    }

    /** The two-digit key of the 13-digit body (Corsican départements already turned into digits). */
    static int key(String thirteenDigits) {
        return 97 - (int) (Long.parseLong(thirteenDigits) % 97);
    }
}
