package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.EnumSet;
import java.util.Set;

/**
 * Spanish identity and tax numbers. DNI ({@code 12345678Z}) and the K/L/M personal NIFs: the letter is
 * {@code TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]}; NIE ({@code X1234567L}): the same with X, Y, Z read as 0, 1, 2;
 * CIF ({@code B12345674}): an organisation letter, seven digits and a control digit or letter from the Luhn-like sum
 * of the seven digits. 23 is prime to 10, so any single changed digit of a DNI or NIE fails.
 */
public final class SpainTaxIdValidator implements Validator {

    /** The forms a Spanish number can take. */
    public enum Form { DNI, NIE, CIF }

    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";
    private static final String CIF_ORGANISATIONS = "ABCDEFGHJNPQRSUVW";
    /** Organisations whose control character is always a letter, and those whose is always a digit. */
    private static final String CIF_LETTER_CONTROL = "NPQRSW";
    private static final String CIF_DIGIT_CONTROL = "ABEH";

    private final Set<Form> forms;

    public SpainTaxIdValidator(Form first, Form... rest) {
        this.forms = EnumSet.of(first, rest);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String id = Digits.stripped(value, " .-");
        if (id.length() != 9) {
            return false;
        }
        char head = id.charAt(0);
        String middle = id.substring(1, 8);
        char last = id.charAt(8);
        if (!Digits.allDigits(middle) || Digits.allSame(middle)) {
            return false;
        }
        if (head >= '0' && head <= '9' || "KLM".indexOf(head) >= 0) {
            return forms.contains(Form.DNI) && last == dniLetter(id.substring(0, 8));
        }
        if ("XYZ".indexOf(head) >= 0) {
            return forms.contains(Form.NIE) && last == dniLetter((char) ('0' + "XYZ".indexOf(head)) + middle);
        }
        return forms.contains(Form.CIF) && CIF_ORGANISATIONS.indexOf(head) >= 0 && cifControlMatches(head, middle, last);
    }

    /** The DNI letter for eight characters; K/L/M NIFs count the letter as nothing. */
    static char dniLetter(String eight) {
        String digits = Character.isDigit(eight.charAt(0)) ? eight : eight.substring(1);
        return LETTERS.charAt((int) (Long.parseLong(digits) % 23));
    }

    static int cifControl(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = sevenDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? (2 * d) / 10 + (2 * d) % 10 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean cifControlMatches(char organisation, String digits, char control) {
        int expected = cifControl(digits);
        boolean letterOk = CIF_DIGIT_CONTROL.indexOf(organisation) < 0 && control == CIF_LETTERS.charAt(expected);
        boolean digitOk = CIF_LETTER_CONTROL.indexOf(organisation) < 0 && control == '0' + expected;
        return letterOk || digitOk;
    }
}
