package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * The card number of a European Health Insurance Card: 20 digits that begin, as ISO/IEC 7812 health-card numbers do,
 * with {@code 80} and the ISO 3166 numeric code of an issuing country (the EU, Iceland, Liechtenstein, Norway,
 * Switzerland or the UK); optionally only one given country.
 */
public final class EhicCardNumberValidator implements Validator {

    private static final Set<String> ISSUERS = Set.of(
            "040", "056", "100", "191", "196", "203", "208", "233", "246", "250", "276", "300", "348", "352", "372",
            "380", "428", "438", "440", "442", "470", "528", "578", "616", "620", "642", "703", "705", "724", "752",
            "756", "826");

    private final String country;

    /** @param numericCountry the ISO 3166 numeric code the card must carry, or {@code null} for any issuer */
    public EhicCardNumberValidator(String numericCountry) {
        this.country = numericCountry;
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String digits = Digits.withConsistentSeparators(value, " -");
        if (digits == null || digits.length() != 20 || !digits.startsWith("80")) {
            return false;
        }
        String issuer = digits.substring(2, 5);
        return (country == null ? ISSUERS.contains(issuer) : country.equals(issuer)) && !Digits.allSame(digits.substring(5));
    }
}
