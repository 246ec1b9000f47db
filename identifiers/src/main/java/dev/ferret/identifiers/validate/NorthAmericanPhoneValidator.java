package dev.ferret.identifiers.validate;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * A US or Canadian phone number that libphonenumber considers valid (assigned area code and exchange). As Macie
 * documents, without a keyword nearby the number must carry its country code ({@code +1}).
 */
public final class NorthAmericanPhoneValidator implements Validator {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<String> REGIONS = Set.of("US", "CA");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        if (!keywordNearby && !value.startsWith("+")) {
            return false;
        }
        try {
            PhoneNumber number = PHONES.parse(value, "US");
            return PHONES.isValidNumber(number) && REGIONS.contains(PHONES.getRegionCodeForNumber(number));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
