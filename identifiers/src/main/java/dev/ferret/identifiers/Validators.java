package dev.ferret.identifiers;

import dev.ferret.identifiers.validate.AadhaarValidator;
import dev.ferret.identifiers.validate.AwsSecretKeyValidator;
import dev.ferret.identifiers.validate.AzureStorageConnectionStringValidator;
import dev.ferret.identifiers.validate.BankAccountValidator;
import dev.ferret.identifiers.validate.BasicAuthHeaderValidator;
import dev.ferret.identifiers.validate.CanadaHealthNumberValidator;
import dev.ferret.identifiers.validate.CanadaSinValidator;
import dev.ferret.identifiers.validate.CreditCardValidator;
import dev.ferret.identifiers.validate.DatabaseUrlPasswordValidator;
import dev.ferret.identifiers.validate.DateOfBirthValidator;
import dev.ferret.identifiers.validate.EhicCardNumberValidator;
import dev.ferret.identifiers.validate.EmailAddressValidator;
import dev.ferret.identifiers.validate.FinlandHealthNumberValidator;
import dev.ferret.identifiers.validate.FranceNirValidator;
import dev.ferret.identifiers.validate.GenericSecretValidator;
import dev.ferret.identifiers.validate.IbanValidator;
import dev.ferret.identifiers.validate.IpAddressValidator;
import dev.ferret.identifiers.validate.JwtValidator;
import dev.ferret.identifiers.validate.MagneticStripeValidator;
import dev.ferret.identifiers.validate.MedicalDeviceUdiValidator;
import dev.ferret.identifiers.validate.NorthAmericanPhoneValidator;
import dev.ferret.identifiers.validate.OpenSshPrivateKeyValidator;
import dev.ferret.identifiers.validate.OtherPemPrivateKeyValidator;
import dev.ferret.identifiers.validate.PemPrivateKeyValidator;
import dev.ferret.identifiers.validate.PuttyPrivateKeyValidator;
import dev.ferret.identifiers.validate.RandomTokenValidator;
import dev.ferret.identifiers.validate.UkBankAccountValidator;
import dev.ferret.identifiers.validate.UkNhsNumberValidator;
import dev.ferret.identifiers.validate.UkNinoValidator;
import dev.ferret.identifiers.validate.UsDeaNumberValidator;
import dev.ferret.identifiers.validate.UsHicnValidator;
import dev.ferret.identifiers.validate.UsItinValidator;
import dev.ferret.identifiers.validate.UsNdcValidator;
import dev.ferret.identifiers.validate.UsNpiValidator;
import dev.ferret.identifiers.validate.UsSsnValidator;
import org.iban4j.CountryCode;

import java.util.Map;
import java.util.Set;

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
            Map.entry("iban", new IbanValidator()),
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
            Map.entry("magnetic-stripe", new MagneticStripeValidator()),
            Map.entry("random-token", new RandomTokenValidator(Set.of())),
            // Stripe's documented test keys, which Macie never reports
            Map.entry("stripe-key", new RandomTokenValidator(
                    Set.of("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx"))),
            Map.entry("azure-storage-connection-string", new AzureStorageConnectionStringValidator()),
            Map.entry("other-pem-private-key", new OtherPemPrivateKeyValidator()),
            Map.entry("database-url-password", new DatabaseUrlPasswordValidator()),
            Map.entry("generic-secret", new GenericSecretValidator()),
            Map.entry("us-dea", new UsDeaNumberValidator()),
            Map.entry("us-hicn", new UsHicnValidator()),
            Map.entry("us-npi", new UsNpiValidator()),
            Map.entry("us-ndc", new UsNdcValidator()),
            Map.entry("canada-health-number", new CanadaHealthNumberValidator()),
            Map.entry("ehic", new EhicCardNumberValidator(null)),
            Map.entry("finland-health-number", new FinlandHealthNumberValidator()),
            Map.entry("france-nir", new FranceNirValidator()),
            Map.entry("medical-device-udi", new MedicalDeviceUdiValidator()));

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
