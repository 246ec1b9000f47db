package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;

/**
 * An Italian codice fiscale ({@code RSSMRA85T10A562S}): surname and name letters, year, month letter, day (+40 for
 * women), municipality code and a check letter from the official odd/even position tables. Digits may be replaced by
 * the omocodia letters L M N P Q R S T U V. Both tables are one-to-one within letters and within digits, so any single
 * changed character fails.
 */
public final class ItalyCodiceFiscaleValidator implements Validator {

    /** Values of 0–9 then A–Z at odd (1st, 3rd, …) positions. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String cf = value.toUpperCase(Locale.ROOT);
        if (cf.length() != 16 || MONTHS.indexOf(cf.charAt(8)) < 0) {
            return false;
        }
        int day = Integer.parseInt(digitsOf(cf.substring(9, 11)));
        if (day == 0 || day > 71 || day > 31 && day < 41) {
            return false;
        }
        return cf.charAt(15) == checkLetter(cf.substring(0, 15));
    }

    /** Reads omocodia letters back as the digits they replace. */
    private static String digitsOf(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int o = OMOCODIA.indexOf(c);
            sb.append(o >= 0 ? (char) ('0' + o) : c);
        }
        return sb.toString();
    }

    static char checkLetter(String fifteen) {
        int sum = 0;
        for (int i = 0; i < fifteen.length(); i++) {
            char c = fifteen.charAt(i);
            int index = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += i % 2 == 0 ? ODD[index] : (c <= '9' ? c - '0' : c - 'A');
        }
        return (char) ('A' + sum % 26);
    }
}
