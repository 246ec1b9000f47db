package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * Track 1 ({@code %B<PAN>^NAME^YYMM…?}) or track 2 ({@code ;<PAN>=YYMM…?}) data of a payment card's magnetic stripe
 * (ISO/IEC 7813): the PAN must pass the card-number checks (issuer, Luhn, not a test number) and the expiry month must
 * be 01–12.
 */
public final class MagneticStripeValidator implements Validator {

    private static final CreditCardValidator PAN = new CreditCardValidator();

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        int start = 0;
        while (start < value.length() && !Character.isDigit(value.charAt(start))) {
            start++; // sentinel and format code: %B, B or ;
        }
        int end = start;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        if (end == value.length() || !PAN.isValid(value.substring(start, end), keywordNearby)) {
            return false;
        }
        int expiry = value.charAt(end) == '=' ? end + 1 : value.indexOf('^', end + 1) + 1;
        if (expiry == 0 || expiry + 4 > value.length()) {
            return false;
        }
        String month = value.substring(expiry + 2, expiry + 4);
        return month.chars().allMatch(Character::isDigit) && Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12;
    }
}
