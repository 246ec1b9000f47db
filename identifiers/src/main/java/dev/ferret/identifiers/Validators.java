package dev.ferret.identifiers;

import dev.ferret.identifiers.validate.AadhaarValidator;
import dev.ferret.identifiers.validate.AddressValidator;
import dev.ferret.identifiers.validate.ArgentinaCuitValidator;
import dev.ferret.identifiers.validate.ArgentinaDniValidator;
import dev.ferret.identifiers.validate.AustraliaTfnValidator;
import dev.ferret.identifiers.validate.AwsSecretKeyValidator;
import dev.ferret.identifiers.validate.AzureStorageConnectionStringValidator;
import dev.ferret.identifiers.validate.BankAccountValidator;
import dev.ferret.identifiers.validate.BasicAuthHeaderValidator;
import dev.ferret.identifiers.validate.BrazilTaxIdValidator;
import dev.ferret.identifiers.validate.CanadaHealthNumberValidator;
import dev.ferret.identifiers.validate.CanadaSinValidator;
import dev.ferret.identifiers.validate.ChileRutValidator;
import dev.ferret.identifiers.validate.ColombiaNitValidator;
import dev.ferret.identifiers.validate.CreditCardValidator;
import dev.ferret.identifiers.validate.DatabaseUrlPasswordValidator;
import dev.ferret.identifiers.validate.DateOfBirthValidator;
import dev.ferret.identifiers.validate.EhicCardNumberValidator;
import dev.ferret.identifiers.validate.EmailAddressValidator;
import dev.ferret.identifiers.validate.FranceNirValidator;
import dev.ferret.identifiers.validate.FranceSpiValidator;
import dev.ferret.identifiers.validate.GermanDocumentNumberValidator;
import dev.ferret.identifiers.validate.GermanyTaxIdValidator;
import dev.ferret.identifiers.validate.FinlandHealthNumberValidator;
import dev.ferret.identifiers.validate.GenericSecretValidator;
import dev.ferret.identifiers.validate.IbanValidator;
import dev.ferret.identifiers.validate.IpAddressValidator;
import dev.ferret.identifiers.validate.ItalyCodiceFiscaleValidator;
import dev.ferret.identifiers.validate.JwtValidator;
import dev.ferret.identifiers.validate.LatitudeLongitudeValidator;
import dev.ferret.identifiers.validate.MexicoCurpValidator;
import dev.ferret.identifiers.validate.MexicoRfcValidator;
import dev.ferret.identifiers.validate.NotPlaceholderValidator;
import dev.ferret.identifiers.validate.NameValidator;
import dev.ferret.identifiers.validate.MagneticStripeValidator;
import dev.ferret.identifiers.validate.MedicalDeviceUdiValidator;
import dev.ferret.identifiers.validate.OpenSshPrivateKeyValidator;
import dev.ferret.identifiers.validate.OtherPemPrivateKeyValidator;
import dev.ferret.identifiers.validate.PemPrivateKeyValidator;
import dev.ferret.identifiers.validate.PhoneNumberValidator;
import dev.ferret.identifiers.validate.PrefixedLuhnValidator;
import dev.ferret.identifiers.validate.PuttyPrivateKeyValidator;
import dev.ferret.identifiers.validate.SpainSocialSecurityValidator;
import dev.ferret.identifiers.validate.SpainTaxIdValidator;
import dev.ferret.identifiers.validate.RandomTokenValidator;
import dev.ferret.identifiers.validate.SlackTokenValidator;
import dev.ferret.identifiers.validate.UkBankAccountValidator;
import dev.ferret.identifiers.validate.UkDrivingLicenceValidator;
import dev.ferret.identifiers.validate.UkNhsNumberValidator;
import dev.ferret.identifiers.validate.UkNinoValidator;
import dev.ferret.identifiers.validate.UkUtrValidator;
import dev.ferret.identifiers.validate.UsDeaNumberValidator;
import dev.ferret.identifiers.validate.UsHicnValidator;
import dev.ferret.identifiers.validate.UsItinValidator;
import dev.ferret.identifiers.validate.UsNdcValidator;
import dev.ferret.identifiers.validate.UsNpiValidator;
import dev.ferret.identifiers.validate.UsSsnValidator;
import dev.ferret.identifiers.validate.VinValidator;
import dev.ferret.identifiers.validate.SpainTaxIdValidator.Form;
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
            Map.entry("north-american-phone", new PhoneNumberValidator("US", "CA")),
            Map.entry("phone-br", new PhoneNumberValidator("BR")),
            Map.entry("phone-fr", new PhoneNumberValidator("FR")),
            Map.entry("phone-de", new PhoneNumberValidator("DE")),
            Map.entry("phone-it", new PhoneNumberValidator("IT")),
            Map.entry("phone-es", new PhoneNumberValidator("ES")),
            Map.entry("phone-gb", new PhoneNumberValidator("GB")),
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
            Map.entry("not-placeholder", new NotPlaceholderValidator()),
            Map.entry("argentina-dni", new ArgentinaDniValidator()),
            Map.entry("argentina-cuit-individual", new ArgentinaCuitValidator("20", "23", "24", "27")),
            Map.entry("argentina-cuit-organisation", new ArgentinaCuitValidator("30", "33", "34")),
            Map.entry("argentina-sube", new PrefixedLuhnValidator("6061", 16)),
            Map.entry("luhn-10", new PrefixedLuhnValidator("", 10)),
            Map.entry("australia-tfn", new AustraliaTfnValidator()),
            Map.entry("brazil-cpf", BrazilTaxIdValidator.cpf()),
            Map.entry("brazil-cnpj", BrazilTaxIdValidator.cnpj()),
            Map.entry("chile-rut", new ChileRutValidator()),
            Map.entry("colombia-nit-individual", new ColombiaNitValidator(false)),
            Map.entry("colombia-nit-organisation", new ColombiaNitValidator(true)),
            Map.entry("france-nir", new FranceNirValidator()),
            Map.entry("france-spi", new FranceSpiValidator()),
            Map.entry("germany-id-card", new GermanDocumentNumberValidator(true)),
            Map.entry("germany-passport", new GermanDocumentNumberValidator(false)),
            Map.entry("germany-tax-id", new GermanyTaxIdValidator()),
            Map.entry("italy-codice-fiscale", new ItalyCodiceFiscaleValidator()),
            Map.entry("mexico-curp", new MexicoCurpValidator()),
            Map.entry("mexico-rfc-individual", MexicoRfcValidator.individual()),
            Map.entry("mexico-rfc-organisation", MexicoRfcValidator.organisation()),
            Map.entry("spain-dni", new SpainTaxIdValidator(Form.DNI)),
            Map.entry("spain-dni-or-nie", new SpainTaxIdValidator(Form.DNI, Form.NIE)),
            Map.entry("spain-nie", new SpainTaxIdValidator(Form.NIE)),
            Map.entry("spain-nif", new SpainTaxIdValidator(Form.DNI)),
            Map.entry("spain-tin", new SpainTaxIdValidator(Form.CIF)),
            Map.entry("spain-social-security", new SpainSocialSecurityValidator()),
            Map.entry("uk-driving-licence", new UkDrivingLicenceValidator()),
            Map.entry("uk-utr", new UkUtrValidator()),
            Map.entry("latitude-longitude", new LatitudeLongitudeValidator()),
            Map.entry("vin", new VinValidator()),
            // NAME and ADDRESS (wave 2)
            Map.entry("name", new NameValidator()),
            Map.entry("address", new AddressValidator()),
            Map.entry("magnetic-stripe", new MagneticStripeValidator()),
            Map.entry("random-token", new RandomTokenValidator(Set.of())),
            Map.entry("slack-token", new SlackTokenValidator()),
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
