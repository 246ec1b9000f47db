package dev.ferret.identifiers;

import dev.ferret.identifiers.validate.AadhaarValidator;
import dev.ferret.identifiers.validate.AddressValidator;
import dev.ferret.identifiers.validate.AwsSecretKeyValidator;
import dev.ferret.identifiers.validate.BankAccountValidator;
import dev.ferret.identifiers.validate.BasicAuthHeaderValidator;
import dev.ferret.identifiers.validate.CanadaSinValidator;
import dev.ferret.identifiers.validate.CreditCardValidator;
import dev.ferret.identifiers.validate.DateOfBirthValidator;
import dev.ferret.identifiers.validate.EmailAddressValidator;
import dev.ferret.identifiers.validate.IbanValidator;
import dev.ferret.identifiers.validate.IpAddressValidator;
import dev.ferret.identifiers.validate.JwtValidator;
import dev.ferret.identifiers.validate.NameValidator;
import dev.ferret.identifiers.validate.NorthAmericanPhoneValidator;
import dev.ferret.identifiers.validate.OpenSshPrivateKeyValidator;
import dev.ferret.identifiers.validate.PemPrivateKeyValidator;
import dev.ferret.identifiers.validate.PuttyPrivateKeyValidator;
import dev.ferret.identifiers.validate.UkBankAccountValidator;
import dev.ferret.identifiers.validate.UkNhsNumberValidator;
import dev.ferret.identifiers.validate.UkNinoValidator;
import dev.ferret.identifiers.validate.UsItinValidator;
import dev.ferret.identifiers.validate.UsSsnValidator;
import org.iban4j.CountryCode;

import java.util.Map;

/**
 * The validators that catalogue files refer to by name. A validator confirms a candidate; it never sees more than
 * the candidate text and whether a keyword is nearby.
 */
public final class Validators {

    private static final Map<String, Validator> BY_NAME = Map.ofEntries(
            Map.entry("none", Validator.ACCEPT_ALL),
            Map.entry("credit-card", new CreditCardValidator()),
            Map.entry("bank-account-fr", new BankAccountValidator(CountryCode.FR)),
            Map.entry("bank-account-de", new BankAccountValidator(CountryCode.DE)),
            Map.entry("bank-account-it", new BankAccountValidator(CountryCode.IT)),
            Map.entry("bank-account-es", new BankAccountValidator(CountryCode.ES)),
            Map.entry("bank-account-gb", new UkBankAccountValidator()),
            Map.entry("iban-nl", new IbanValidator("NL")),
            Map.entry("iban-ie", new IbanValidator("IE")),
            Map.entry("us-ssn", new UsSsnValidator()),
            Map.entry("us-itin", new UsItinValidator()),
            Map.entry("north-american-phone", new NorthAmericanPhoneValidator()),
            Map.entry("date-of-birth", new DateOfBirthValidator()),
            Map.entry("uk-nino", new UkNinoValidator()),
            Map.entry("uk-nhs-number", new UkNhsNumberValidator()),
            Map.entry("canada-sin", new CanadaSinValidator()),
            Map.entry("aadhaar", new AadhaarValidator()),
            Map.entry("aws-secret-key", new AwsSecretKeyValidator()),
            Map.entry("pem-private-key", new PemPrivateKeyValidator()),
            Map.entry("openssh-private-key", new OpenSshPrivateKeyValidator()),
            Map.entry("putty-private-key", new PuttyPrivateKeyValidator()),
            Map.entry("jwt", new JwtValidator()),
            Map.entry("http-basic-auth", new BasicAuthHeaderValidator()),
            Map.entry("email", new EmailAddressValidator()),
            Map.entry("ip-address", new IpAddressValidator()),
            // NAME and ADDRESS (wave 2)
            Map.entry("name", new NameValidator()),
            Map.entry("address", new AddressValidator()));

    private Validators() {
    }

    public static Validator named(String name) {
        Validator v = BY_NAME.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown validator '" + name + "'; known: " + BY_NAME.keySet());
        }
        return v;
    }
}
