package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * What identifies a holder on a Finnish European Health Insurance Card: the card number (20 digits, issuer
 * {@code 80246}) or the personal identity code printed on it (henkilötunnus {@code DDMMYYCZZZQ}: a birth date, a
 * century sign, an individual number and a check character, the date-and-number mod 31 looked up in
 * {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}).
 */
public final class FinlandHealthNumberValidator implements Validator {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    /** Century signs: + for the 1800s, - and Y–U for the 1900s, A–F for the 2000s (the letters since 2023). */
    private static final String CENTURY_SIGNS = "+-YXWVUABCDEF";
    private static final EhicCardNumberValidator FINNISH_CARD = new EhicCardNumberValidator("246");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        if (value.length() == 11 && CENTURY_SIGNS.indexOf(value.charAt(6)) >= 0) {
            return isPersonalIdentityCode(value);
        }
        return FINNISH_CARD.isValid(value, keywordNearby);
    }

    private static boolean isPersonalIdentityCode(String code) {
        String number = code.substring(0, 6) + code.substring(7, 10);
        if (!number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int day = Integer.parseInt(code.substring(0, 2));
        int month = Integer.parseInt(code.substring(2, 4));
        int individual = Integer.parseInt(code.substring(7, 10));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12 && individual >= 2
                && checkCharacter(number) == code.charAt(10);
    }

    /** The check character for the nine digits of date and individual number. */
    static char checkCharacter(String nineDigits) {
        return CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % 31);
    }
}
