package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.iban4j.CountryCode;

import java.util.regex.Pattern;

/** A UK account as IBAN, as BBAN, or (with a keyword, as Macie documents) in the domestic form {@code 60-16-13 31926819}. */
public final class UkBankAccountValidator implements Validator {

    private static final Pattern SORT_CODE_AND_ACCOUNT = Pattern.compile("[0-9]{2}-[0-9]{2}-[0-9]{2}[ -]?[0-9]{8}");

    private final BankAccountValidator ibanOrBban = new BankAccountValidator(CountryCode.GB);

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return ibanOrBban.isValid(value, keywordNearby)
                || keywordNearby && SORT_CODE_AND_ACCOUNT.matcher(value).matches();
    }
}
