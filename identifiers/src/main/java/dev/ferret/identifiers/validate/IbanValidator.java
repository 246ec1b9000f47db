package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.iban4j.IbanUtil;

import java.util.Locale;

/**
 * An IBAN written with no separator, or with one kind of separator (space or hyphen) between every group of four;
 * validity (the country's length and BBAN structure, ISO 7064 mod-97 check digits) comes from iban4j, which reads the
 * country from the value. The catalogue's patterns fix the country prefix; the country-bound form is for validators
 * that check one country's IBAN as part of a wider rule.
 */
public final class IbanValidator implements Validator {

    private final String country;

    /** Any country's IBAN: the identifier's pattern decides which country it admits. */
    public IbanValidator() {
        this.country = "";
    }

    public IbanValidator(String country) {
        this.country = country.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return isGroupedInFours(value) && isIban(compact(value));
    }

    boolean isIban(String compact) {
        return compact.startsWith(country) && IbanUtil.isValid(compact);
    }

    /**
     * Whether the separators, if any, are all the same and stand between every group of four characters (the last
     * group may be shorter), as banks print IBANs; {@code NL91ABNA 0417164300} is not a way anyone writes one.
     */
    static boolean isGroupedInFours(String value) {
        char separator = 0;
        int groupLength = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '-') {
                groupLength++;
                continue;
            }
            if (separator != 0 && c != separator || groupLength != 4) {
                return false;
            }
            separator = c;
            groupLength = 0;
        }
        return separator == 0 || groupLength >= 1 && groupLength <= 4;
    }

    /** The value without spaces and hyphens, upper-cased. */
    static String compact(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '-') {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
