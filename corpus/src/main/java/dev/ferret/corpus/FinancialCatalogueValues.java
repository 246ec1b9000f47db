package dev.ferret.corpus;

import org.iban4j.CountryCode;
import org.iban4j.Iban;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static dev.ferret.corpus.RandomText.digits;

/**
 * Corpus values for the catalogue's financial, health, vehicle and credential identifiers beyond the core set; the
 * health ones are made by {@link HealthCatalogueValues}, the credentials by {@link CredentialCatalogueValues}.
 */
final class FinancialCatalogueValues {

    /**
     * The IBAN identifiers (validator {@code iban}) that the customer documents do not plant already (FR, DE, IT, ES,
     * GB, NL and IE do), by ISO country code.
     */
    private static final Map<String, String> IBAN_COUNTRIES = new TreeMap<>(Map.ofEntries(
            Map.entry("AL", "ALBANIA"), Map.entry("AD", "ANDORRA"), Map.entry("BA", "BOSNIA_AND_HERZEGOVINA"),
            Map.entry("BR", "BRAZIL"), Map.entry("BG", "BULGARIA"), Map.entry("CR", "COSTA_RICA"),
            Map.entry("HR", "CROATIA"), Map.entry("CY", "CYPRUS"), Map.entry("CZ", "CZECH_REPUBLIC"),
            Map.entry("DK", "DENMARK"), Map.entry("DO", "DOMINICAN_REPUBLIC"), Map.entry("EG", "EGYPT"),
            Map.entry("EE", "ESTONIA"), Map.entry("FO", "FAROE_ISLANDS"), Map.entry("FI", "FINLAND"),
            Map.entry("GE", "GEORGIA"), Map.entry("GR", "GREECE"), Map.entry("GL", "GREENLAND"),
            Map.entry("HU", "HUNGARY"), Map.entry("IS", "ICELAND"), Map.entry("JO", "JORDAN"), Map.entry("XK", "KOSOVO"),
            Map.entry("LI", "LIECHTENSTEIN"), Map.entry("LT", "LITHUANIA"), Map.entry("MT", "MALTA"),
            Map.entry("MR", "MAURITANIA"), Map.entry("MU", "MAURITIUS"), Map.entry("MC", "MONACO"),
            Map.entry("ME", "MONTENEGRO"), Map.entry("MK", "NORTH_MACEDONIA"), Map.entry("PL", "POLAND"),
            Map.entry("PT", "PORTUGAL"), Map.entry("SM", "SAN_MARINO"), Map.entry("SN", "SENEGAL"),
            Map.entry("RS", "SERBIA"), Map.entry("SK", "SLOVAKIA"), Map.entry("SI", "SLOVENIA"),
            Map.entry("SE", "SWEDEN"), Map.entry("CH", "SWITZERLAND"), Map.entry("TL", "TIMOR_LESTE"),
            Map.entry("TN", "TUNISIA"), Map.entry("TR", "TURKIYE"), Map.entry("UA", "UKRAINE"),
            Map.entry("AE", "UNITED_ARAB_EMIRATES"), Map.entry("VG", "VIRGIN_ISLANDS")));
    /** The IBAN identifiers have no keywords (rule NONE); none of these labels holds another identifier's keyword. */
    private static final List<String> IBAN_LABELS = List.of("IBAN", "beneficiary IBAN", "payee IBAN");
    private static final String[] SURNAMES = {"DOE", "SMITH", "GARCIA", "MULLER", "ROSSI", "DUBOIS", "NOVAK", "JANSEN"};
    private static final String[] GIVEN_NAMES = {"JANE", "JOHN", "A", "MARIA", "LUCA", "J.", "ANNA", "PIET"};

    private FinancialCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        List<CatalogueValues> all = new ArrayList<>(List.of(
                new CatalogueValues("VEHICLE_IDENTIFICATION_NUMBER", List.of("VIN", "vehicle identification number",
                        "Fahrgestellnummer"), true, FinancialCatalogueValues::vin, FinancialCatalogueValues::vinBadCheck),
                // with no stripe keyword, track 2 (;PAN=...) is still a card number that stands alone
                new CatalogueValues("CREDIT_CARD_MAGNETIC_STRIPE", List.of("magstripe", "swipe", "card data",
                        "iso7813 track"), true, rnd -> track(rnd, new ValueFactory(rnd).cardNumber()),
                        rnd -> track(rnd, new ValueFactory(rnd).cardNumberBadLuhn()),
                        value -> value.startsWith(";") ? Ids.CARD_NO_KEYWORD : null),
                new CatalogueValues("ARGENTINA_TARJETA_SUBE", List.of("SUBE", "tarjeta SUBE",
                        "sistema único de boleto electrónico"), true, rnd -> sube(rnd, true), rnd -> sube(rnd, false)),
                // "körkort" and "körkort nummer" are FINLAND_DRIVERS_LICENSE keywords too (Finland is bilingual),
                // whose pattern takes ten digits: a value there would be reported twice
                new CatalogueValues("SWEDEN_DRIVERS_LICENSE", List.of("körkortsnummer", "drivere lic."), true,
                        rnd -> swedishLicence(rnd, true), rnd -> swedishLicence(rnd, false))));
        IBAN_COUNTRIES.forEach((country, name) -> all.add(new CatalogueValues(name + "_BANK_ACCOUNT_NUMBER", IBAN_LABELS,
                false, rnd -> iban(rnd, country, true), rnd -> iban(rnd, country, false))));
        all.addAll(HealthCatalogueValues.all());
        all.addAll(CredentialCatalogueValues.all());
        return all;
    }

    private static String vin(Random rnd) {
        String alphabet = CheckDigits.vinAlphabet();
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        sb.setCharAt(8, '0');
        sb.setCharAt(8, CheckDigits.vin(sb.toString()));
        return sb.toString();
    }

    private static String vinBadCheck(Random rnd) {
        String valid = vin(rnd);
        char check = valid.charAt(8);
        char wrong = check == 'X' ? (char) ('0' + rnd.nextInt(10)) : check == '9' ? 'X' : (char) (check + 1);
        return valid.substring(0, 8) + wrong + valid.substring(9);
    }

    /**
     * An IBAN of the country: a BBAN of the country's structure (iban4j) with check digits of the corpus's own mod-97
     * code, right or (for a near miss) wrong; compact or in groups of four separated by spaces or hyphens.
     */
    private static String iban(Random rnd, String country, boolean valid) {
        String bban = new Iban.Builder(rnd).countryCode(CountryCode.valueOf(country)).buildRandom().getBban();
        String check = CheckDigits.ibanCheckDigits(country, bban);
        if (!valid) {
            int right = Integer.parseInt(check);
            int wrong = 2 + (right - 2 + 1 + rnd.nextInt(96)) % 97; // any of 02..98 but the right one
            check = wrong < 10 ? "0" + wrong : String.valueOf(wrong);
        }
        return grouped(rnd, country + check + bban, 4);
    }

    /** The value as it is, or in groups of {@code size} separated by spaces or by hyphens. */
    static String grouped(Random rnd, String compact, int size) {
        int form = rnd.nextInt(4);
        if (form < 2) {
            return compact;
        }
        String separator = form == 2 ? " " : "-";
        StringBuilder sb = new StringBuilder(compact.length() + compact.length() / size);
        for (int i = 0; i < compact.length(); i += size) {
            sb.append(i == 0 ? "" : separator).append(compact, i, Math.min(compact.length(), i + size));
        }
        return sb.toString();
    }

    /**
     * Magnetic-stripe data (ISO/IEC 7813) around a card number: track 1 {@code %B<PAN>^SURNAME/GIVEN^YYMM<service
     * code><discretionary data>?} or track 2 {@code ;<PAN>=YYMM<service code><discretionary data>?}.
     */
    private static String track(Random rnd, String pan) {
        String expiry = String.format(Locale.ROOT, "%02d%02d", 26 + rnd.nextInt(6), 1 + rnd.nextInt(12));
        String service = new String[]{"101", "201", "121", "226"}[rnd.nextInt(4)];
        if (rnd.nextBoolean()) {
            String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + "/" + GIVEN_NAMES[rnd.nextInt(GIVEN_NAMES.length)];
            return "%B" + pan + "^" + name + "^" + expiry + service + digits(rnd, 10 + rnd.nextInt(20)) + "?";
        }
        return ";" + pan + "=" + expiry + service + digits(rnd, 5 + rnd.nextInt(12)) + "?";
    }

    /** An Argentine SUBE card number: 6061, eleven digits and a Luhn digit (a wrong one for a near miss). */
    private static String sube(Random rnd, boolean valid) {
        return grouped(rnd, withLuhn(rnd, "6061" + digits(rnd, 11), valid), 4);
    }

    /** A Swedish driving licence number, the holder's personnummer: YYMMDD, three digits, a Luhn digit. */
    private static String swedishLicence(Random rnd, boolean valid) {
        String date = String.format(Locale.ROOT, "%02d%02d%02d", rnd.nextInt(100), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String all = withLuhn(rnd, date + digits(rnd, 3), valid);
        return rnd.nextBoolean() ? all : all.substring(0, 6) + "-" + all.substring(6);
    }

    /** The payload followed by its Luhn digit, or by any other digit. */
    static String withLuhn(Random rnd, String payload, boolean valid) {
        int check = CheckDigits.luhn(payload);
        return payload + (valid ? check : (check + 1 + rnd.nextInt(9)) % 10);
    }
}
