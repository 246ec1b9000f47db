package dev.ferret.identifiers.validate;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.ferret.identifiers.Validator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A phone number of the given regions that libphonenumber considers valid (assigned ranges, right length). As Macie
 * documents, without a keyword nearby the number must carry its country code ({@code +…}); numbers written without
 * one are read as numbers of {@code homeRegion}.
 */
public final class PhoneNumberValidator implements Validator {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String homeRegion;
    private final Set<String> regions;

    /** @param homeRegion the region a number without country code belongs to; also accepted as the number's region */
    public PhoneNumberValidator(String homeRegion, String... otherRegions) {
        this.homeRegion = homeRegion;
        Set<String> all = new HashSet<>(List.of(otherRegions));
        all.add(homeRegion);
        this.regions = Set.copyOf(all);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        if (!keywordNearby && !value.startsWith("+")) {
            return false;
        }
        try {
            PhoneNumber number = PHONES.parse(value, homeRegion);
            return PHONES.isValidNumber(number) && regions.contains(PHONES.getRegionCodeForNumber(number));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
