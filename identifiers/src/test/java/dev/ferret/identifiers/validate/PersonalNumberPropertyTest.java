package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import dev.ferret.identifiers.validate.SpainTaxIdValidator.Form;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static dev.ferret.identifiers.validate.RandomDigits.BASE_SEED;
import static dev.ferret.identifiers.validate.RandomDigits.assertEverySingleDigitChangeRejected;
import static dev.ferret.identifiers.validate.RandomDigits.digits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national-ID and taxpayer check-digit validators over seeded random numbers: generated valid numbers pass; where
 * the algorithm guarantees it, every single changed digit fails; where it does not (schemes that map two remainders to
 * one check digit), a changed check digit still fails. Published example numbers anchor each algorithm.
 */
class PersonalNumberPropertyTest {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest(name = "{0} accepts published {1}")
    @CsvSource({
            "brazil-cpf, 529.982.247-25", "brazil-cnpj, 11.222.333/0001-81", "chile-rut, 76086428-5",
            "argentina-cuit-individual, 20-26756539-3", "colombia-nit-organisation, 860034313-7",
            "colombia-nit-individual, 213.123.432-1", "australia-tfn, 123 456 782", "uk-utr, 1955839661",
            "germany-tax-id, 86095742719", "germany-id-card, T220001293", "france-nir, 295109912611193",
            "france-spi, 3023217600053", "italy-codice-fiscale, RSSMRA85T10A562S", "mexico-curp, BOXW310820HNERXN09",
            "mexico-rfc-individual, GODE561231GR8", "mexico-rfc-organisation, MAB9307148T4", "spain-dni, 54362315K",
            "spain-nie, X2482300W", "spain-tin, J99216582", "vin, 1HGCM82633A004352", "argentina-sube, 6061268451234567"})
    void acceptsPublishedExamples(String validator, String number) {
        assertTrue(dev.ferret.identifiers.Validators.named(validator).isValid(number, true), number);
    }

    @RepeatedTest(100)
    void australianTfns(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String tfn;
        do {
            String payload = digits(random, 8);
            int sum = WeightedSum.of(payload, 1, 4, 3, 7, 5, 8, 6, 9);
            tfn = payload + sum % 11; // the last weight, 10, is -1 mod 11: the ninth digit must equal sum mod 11
        } while (tfn.length() != 9 || Digits.allSame(tfn));
        assertValidAndEveryDigitGuarded(new AustraliaTfnValidator(), tfn, seed);
    }

    @RepeatedTest(100)
    void chileanRuts(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String body = (1 + random.nextInt(9)) + digits(random, 6 + random.nextInt(2));
        assertValidAndEveryDigitGuarded(new ChileRutValidator(), body + "-" + ChileRutValidator.checkCharacter(body), seed);
    }

    @RepeatedTest(100)
    void argentineCuits(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String[] prefixes = {"20", "23", "24", "27"};
        String payload;
        do {
            payload = prefixes[random.nextInt(prefixes.length)] + digits(random, 8);
        } while (ArgentinaCuitValidator.checkDigit(payload) < 0);
        String cuit = payload.substring(0, 2) + "-" + payload.substring(2) + "-" + ArgentinaCuitValidator.checkDigit(payload);
        assertValidAndEveryDigitGuarded(new ArgentinaCuitValidator(prefixes), cuit, seed);
    }

    @RepeatedTest(100)
    void germanTaxIds(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String ten;
        do {
            StringBuilder sb = new StringBuilder();
            random.ints(0, 10).distinct().limit(9).forEach(d -> sb.append((char) ('0' + d)));
            sb.insert(random.nextInt(10), sb.charAt(random.nextInt(9)));
            ten = sb.toString();
        } while (ten.charAt(0) == '0' || !GermanyTaxIdValidator.repetitionRuleHolds(ten));
        assertValidAndEveryDigitGuarded(new GermanyTaxIdValidator(), ten + GermanyTaxIdValidator.checkDigit(ten), seed);
    }

    @RepeatedTest(100)
    void germanIdCardNumbers(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String alphabet = "CFGHJKLMNPRTVWXYZ0123456789";
        StringBuilder serial = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            serial.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String number = serial.toString() + MrzCheckDigit.of(serial.toString());
        assertValidAndEveryDigitGuarded(new GermanDocumentNumberValidator(true), number, seed);
    }

    @RepeatedTest(100)
    void frenchNirs(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String department = random.nextInt(10) == 0 ? (random.nextBoolean() ? "2A" : "2B") : String.format("%02d", 1 + random.nextInt(95));
        String body = (1 + random.nextInt(2)) + digits(random, 2) + String.format("%02d", 1 + random.nextInt(12)) + department
                + digits(random, 6);
        String numeric = body.replace("2A", "19").replace("2B", "18");
        String nir = body + String.format("%02d", FranceNirValidator.key(numeric));
        assertValidAndEveryDigitGuarded(new FranceNirValidator(), nir, seed);
    }

    @RepeatedTest(100)
    void frenchSpis(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String ten = random.nextInt(4) + digits(random, 9);
        assertValidAndEveryDigitGuarded(new FranceSpiValidator(), ten + String.format("%03d", FranceSpiValidator.key(ten)), seed);
    }

    @RepeatedTest(100)
    void italianCodiciFiscali(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String fifteen = letters(random, 6) + digits(random, 2) + "ABCDEHLMPRST".charAt(random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0))
                + letters(random, 1) + digits(random, 3);
        String cf = fifteen + ItalyCodiceFiscaleValidator.checkLetter(fifteen);
        assertValidAndEveryDigitGuarded(new ItalyCodiceFiscaleValidator(), cf, seed);
    }

    @RepeatedTest(100)
    void mexicanRfcs(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        boolean person = random.nextBoolean();
        String payload = letters(random, person ? 4 : 3) + digits(random, 2) + String.format("%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)) + letters(random, 1) + digits(random, 1);
        String rfc = payload + MexicoRfcValidator.checkCharacter(payload);
        Validator validator = person ? MexicoRfcValidator.individual() : MexicoRfcValidator.organisation();
        assertValidAndEveryDigitGuarded(validator, rfc, seed);
    }

    @RepeatedTest(100)
    void spanishDniNieAndCif(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        Validator tin = new SpainTaxIdValidator(Form.DNI, Form.NIE, Form.CIF);
        String dni = digits(random, 8);
        assertValidAndEveryDigitGuarded(tin, dni + SpainTaxIdValidator.dniLetter(dni), seed);
        char prefix = "XYZ".charAt(random.nextInt(3));
        String nie = digits(random, 7);
        assertValidAndEveryDigitGuarded(tin, prefix + nie + SpainTaxIdValidator.dniLetter("XYZ".indexOf(prefix) + nie), seed);
        String cifDigits = digits(random, 7);
        assertValidAndEveryDigitGuarded(tin, "B" + cifDigits + SpainTaxIdValidator.cifControl(cifDigits), seed);
        assertValidAndEveryDigitGuarded(tin, "Q" + cifDigits + "JABCDEFGHI".charAt(SpainTaxIdValidator.cifControl(cifDigits)), seed);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "spain-nif, 54362315K, true", "spain-nif, K1234567L, true", "spain-nif, X2482300W, false",
            "spain-nif, J99216582, false", "spain-nie, X2482300W, true", "spain-nie, 54362315K, false",
            "spain-nie, J99216582, false", "spain-tin, J99216582, true", "spain-tin, 54362315K, false",
            "spain-tin, X2482300W, false"})
    void eachSpanishTaxNumberBelongsToOneIdentifier(String validator, String number, boolean valid) {
        // Macie gives SPAIN_NIF_NUMBER, SPAIN_NIE_NUMBER and SPAIN_TAX_IDENTIFICATION_NUMBER one keyword list, so the
        // form alone decides which of them reports a number: a person's NIF, a NIE, an organisation's CIF
        assertEquals(valid, dev.ferret.identifiers.Validators.named(validator).isValid(number, true), number);
    }

    @ParameterizedTest(name = "German passport {0} -> {1}")
    @CsvSource({"C01X00T47, true", "C01X00T478, true", "CF4RTLJ95, true", "C03005988, false", "C030059887, true",
            "C030059880, false", "C01X00T479, false"})
    void germanPassportNumbersWithoutTheUsShape(String number, boolean valid) {
        // C03005988 (a letter and eight digits) is a US passport number's shape; with its check digit it is German
        assertEquals(valid, dev.ferret.identifiers.Validators.named("germany-passport").isValid(number, true), number);
    }

    @RepeatedTest(100)
    void spanishSocialSecurityNumbers(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        int province = 1 + random.nextInt(53);
        long number = 10_000_000L + random.nextInt(90_000_000);
        String nss = String.format("%02d%08d%02d", province, number, SpainSocialSecurityValidator.control(province, number));
        Validator validator = new SpainSocialSecurityValidator();
        assertTrue(validator.isValid(nss, false), "seed " + seed + ": " + nss);
        // A leading 0 in the number switches to the short form, which the mod-97 check does not cover: skip that change.
        assertEverySingleDigitChangeRejected(nss, n -> n.charAt(2) != '0' && validator.isValid(n, false), seed);
    }

    @RepeatedTest(100)
    void vins(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder vin = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            vin.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        vin.setCharAt(8, VinValidator.checkCharacter(vin.toString()));
        assertValidAndEveryDigitGuarded(new VinValidator(), vin.toString(), seed);
    }

    @RepeatedTest(100)
    void subeCards(RepetitionInfo repetition) {
        long seed = seed(repetition);
        String payload = "6061" + digits(new Random(seed), 11);
        String card = payload + Luhn.checkDigit(payload);
        assertValidAndEveryDigitGuarded(new PrefixedLuhnValidator("6061", 16), card, seed);
    }

    /** CPF and CNPJ: remainders 0 and 1 both give check digit 0, so only the check digits are guarded. */
    @RepeatedTest(100)
    void brazilianCpfsAndCnpjs(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        BrazilTaxIdValidator cpf = BrazilTaxIdValidator.cpf();
        BrazilTaxIdValidator cnpj = BrazilTaxIdValidator.cnpj();
        assertValidAndCheckDigitsGuarded(cpf, cpf.complete(digits(random, 9)), 2, seed);
        assertValidAndCheckDigitsGuarded(cnpj, cnpj.complete(digits(random, 8) + "0001"), 2, seed);
    }

    /** NIT: remainders 1 and 10 both give 1. */
    @RepeatedTest(100)
    void colombianNits(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String company = (8 + random.nextInt(2)) + digits(random, 8);
        assertValidAndCheckDigitsGuarded(new ColombiaNitValidator(true), company + ColombiaNitValidator.checkDigit(company), 1, seed);
        String person = (1 + random.nextInt(7)) + digits(random, 7);
        assertValidAndCheckDigitsGuarded(new ColombiaNitValidator(false), person + ColombiaNitValidator.checkDigit(person), 1, seed);
    }

    /** UTR: HMRC's table maps remainders 1 and 10 to 1, and 0 and 9 to 2. The check digit comes first. */
    @RepeatedTest(100)
    void ukUtrs(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String nine = digits(random, 9);
        String utr = UkUtrValidator.checkDigit(nine) + nine;
        Validator validator = new UkUtrValidator();
        assertTrue(validator.isValid(utr, true), "seed " + seed + ": " + utr);
        for (char d = '0'; d <= '9'; d++) {
            if (d != utr.charAt(0)) {
                assertFalse(validator.isValid(d + nine, true), "seed " + seed + ": accepted " + d + nine);
            }
        }
    }

    /** CURP: weights 18…2 mod 10 include 0 and even numbers, so only the check digit is guarded. */
    @RepeatedTest(100)
    void mexicanCurps(RepetitionInfo repetition) {
        long seed = seed(repetition);
        Random random = new Random(seed);
        String seventeen = letters(random, 4) + digits(random, 2) + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + "HM".charAt(random.nextInt(2)) + "DF" + letters(random, 3) + digits(random, 1);
        assertValidAndCheckDigitsGuarded(new MexicoCurpValidator(), seventeen + MexicoCurpValidator.checkDigit(seventeen), 1, seed);
    }

    @RepeatedTest(20)
    void checkDigitHelpersAgreeWithValidatorsOnRejection(RepetitionInfo repetition) {
        long seed = seed(repetition);
        String payload = digits(new Random(seed), 10);
        int expected = ArgentinaCuitValidator.checkDigit(payload);
        for (int d = 0; d <= 9; d++) {
            assertEquals(d == expected && "20".equals(payload.substring(0, 2)) && !Digits.allSame(payload.substring(2)),
                    new ArgentinaCuitValidator("20").isValid(payload + d, true), "seed " + seed + ": " + payload + d);
        }
    }

    private static long seed(RepetitionInfo repetition) {
        return BASE_SEED + repetition.getCurrentRepetition();
    }

    private static String letters(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    private static void assertValidAndEveryDigitGuarded(Validator validator, String number, long seed) {
        assertTrue(validator.isValid(number, true), "seed " + seed + ": " + number);
        assertEverySingleDigitChangeRejected(number, n -> validator.isValid(n, true), seed);
    }

    /** The number passes, and changing any of its last {@code checkDigits} digits to another digit fails. */
    private static void assertValidAndCheckDigitsGuarded(Validator validator, String number, int checkDigits, long seed) {
        assertTrue(validator.isValid(number, true), "seed " + seed + ": " + number);
        for (int i = number.length() - checkDigits; i < number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(i)) {
                    String changed = number.substring(0, i) + d + number.substring(i + 1);
                    assertFalse(validator.isValid(changed, true), "seed " + seed + ": accepted " + changed + ", one digit off " + number);
                }
            }
        }
    }
}
