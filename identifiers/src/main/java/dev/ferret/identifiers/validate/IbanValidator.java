package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.iban4j.IbanUtil;

import java.util.Locale;

/**
 * An IBAN of one country, written with no separator, with spaces or with hyphens; validity (length, BBAN structure,
 * ISO 7064 mod-97 check digits) comes from iban4j.
 */
public final class IbanValidator implements Validator {

    private final String country;

    public IbanValidator(String country) {
        this.country = country.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return isIban(compact(value));
    }

    boolean isIban(String compact) {
        return compact.startsWith(country) && IbanUtil.isValid(compact);
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
