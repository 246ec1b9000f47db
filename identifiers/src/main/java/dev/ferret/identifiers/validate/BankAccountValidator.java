package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;

/**
 * A national bank account of a country that Macie finds both as an IBAN (no keyword needed) and as a BBAN (keyword
 * needed): a valid IBAN always passes; otherwise the value passes only with a keyword nearby and only if it is a BBAN of
 * that country whose structure and national check digits (France's RIB key, Spain's control digits, Italy's CIN) hold.
 * The BBAN rules are iban4j's: the BBAN is checked as the IBAN it would form.
 */
public final class BankAccountValidator implements Validator {

    private final IbanValidator iban;
    private final CountryCode country;

    public BankAccountValidator(CountryCode country) {
        this.iban = new IbanValidator(country.getAlpha2());
        this.country = country;
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String compact = IbanValidator.compact(value);
        if (iban.isIban(compact)) {
            return true;
        }
        return keywordNearby && isBban(compact);
    }

    boolean isBban(String bban) {
        if (bban.length() != IbanUtil.getIbanLength(country) - 4) {
            return false;
        }
        try {
            String withZeroCheck = country.getAlpha2() + "00" + bban;
            String asIban = country.getAlpha2() + IbanUtil.calculateCheckDigit(withZeroCheck) + bban;
            return IbanUtil.isValidWithCountryRules(asIban);
        } catch (RuntimeException malformed) { // iban4j reports a malformed BBAN by exception
            return false;
        }
    }
}
