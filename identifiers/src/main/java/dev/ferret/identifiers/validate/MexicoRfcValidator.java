package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;
import java.util.Set;

/**
 * A Mexican RFC: four letters (people, 13 characters) or three (companies, 12), the date {@code YYMMDD}, a two-character
 * homoclave and a check character: {@code 11 − (Σ value × (13 − position)) mod 11} over SAT's alphabet, 11 written 0
 * and 10 written A (company RFCs are padded with a leading space to 13). SAT's generic RFCs for the public and for
 * foreigners ({@code XAXX010101000}, {@code XEXX010101000}) are not personal data and are never reported.
 */
public final class MexicoRfcValidator implements Validator {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
    private static final Set<String> GENERIC = Set.of("XAXX010101000", "XEXX010101000");

    private final int length;

    private MexicoRfcValidator(int length) {
        this.length = length;
    }

    public static MexicoRfcValidator individual() {
        return new MexicoRfcValidator(13);
    }

    public static MexicoRfcValidator organisation() {
        return new MexicoRfcValidator(12);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String rfc = Digits.stripped(value, " -");
        int letters = length - 9;
        if (rfc.length() != length || GENERIC.contains(rfc) || !Dates.isMonthDay(rfc.substring(letters + 2, letters + 6))) {
            return false;
        }
        return rfc.charAt(length - 1) == checkCharacter(rfc.substring(0, length - 1));
    }

    /** The check character for an RFC without it (11 or 12 characters). */
    static char checkCharacter(String payload) {
        String padded = payload.length() == 11 ? " " + payload : payload;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += Math.max(0, ALPHABET.indexOf(padded.charAt(i))) * (13 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? '0' : check == 10 ? 'A' : (char) ('0' + check);
    }
}
