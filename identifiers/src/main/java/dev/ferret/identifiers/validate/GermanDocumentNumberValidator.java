package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;

/**
 * The serial number of a German Personalausweis or Reisepass: nine characters from the Bundesdruckerei alphabet (digits
 * and consonants C F G H J K L M N P R T V W X Y Z, enforced by the pattern) followed, as in the MRZ, by an ICAO check
 * digit. The ID card number is recognised only with its check digit; for passports the check digit is optional (the
 * number printed on the data page has none) but must be right when present. A passport serial of a letter and eight
 * digits without a check digit is not reported: that is a US passport number's shape, and "passport", the keyword both
 * identifiers share, cannot tell them apart (about 0.04% of German serials, whose eight characters are all digits).
 */
public final class GermanDocumentNumberValidator implements Validator {

    private final boolean checkDigitRequired;

    public GermanDocumentNumberValidator(boolean checkDigitRequired) {
        this.checkDigitRequired = checkDigitRequired;
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String number = value.toUpperCase(Locale.ROOT);
        if (number.length() == 9) {
            return !checkDigitRequired && !Digits.allSame(number.substring(1)) && !Digits.allDigits(number.substring(1));
        }
        return number.length() == 10 && !Digits.allSame(number.substring(1, 9))
                && number.charAt(9) - '0' == MrzCheckDigit.of(number.substring(0, 9));
    }
}
