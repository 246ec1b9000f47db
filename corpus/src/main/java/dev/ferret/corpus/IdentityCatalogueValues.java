package dev.ferret.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static dev.ferret.corpus.RandomText.chars;
import static dev.ferret.corpus.RandomText.digits;
import static dev.ferret.corpus.RandomText.thousands;

/**
 * Corpus values for the catalogue's national ID, tax ID, passport, driving licence and phone identifiers beyond the
 * core set. Labels are chosen so that each value has exactly one identifier that must report it: where Macie's keyword
 * lists give two identifiers the same keyword and the same shape (a NIR next to "carte d'assuré social", a nine-digit
 * passport number next to "passport number"), no label here holds both.
 */
final class IdentityCatalogueValues {

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** The Bundesdruckerei's alphabet for German ID card and passport serial numbers. */
    private static final String GERMAN_DOCUMENT = "CFGHJKLMNPRTVWXYZ0123456789";
    private static final String CURP_STATES = "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS";
    private static final String CURP_CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
    private static final String CIF_ORGANISATIONS = "ABCDEFGHJNPQRSUVW";

    private IdentityCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        return List.of(
                new CatalogueValues("BRAZIL_CPF_NUMBER", List.of("CPF", "cadastro de pessoas físicas"), true,
                        IdentityCatalogueValues::cpf, r -> wrongLast(r, cpf(r), DIGITS)),
                new CatalogueValues("BRAZIL_CNPJ_NUMBER", List.of("CNPJ", "cadastro nacional da pessoa jurídica"), true,
                        IdentityCatalogueValues::cnpj, r -> wrongLast(r, cnpj(r), DIGITS)),
                new CatalogueValues("ARGENTINA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                        List.of("CUIL", "CUIT", "clave única de identificación tributaria"), true,
                        r -> cuit(r, "20", "23", "24", "27"), r -> wrongLast(r, cuit(r, "20", "23", "24", "27"), DIGITS)),
                new CatalogueValues("ARGENTINA_ORGANIZATION_TAX_IDENTIFICATION_NUMBER", List.of("CUIT", "C.U.I.T."), true,
                        r -> cuit(r, "30", "33", "34"), r -> wrongLast(r, cuit(r, "30", "33", "34"), DIGITS)),
                new CatalogueValues("AUSTRALIA_TAX_FILE_NUMBER", List.of("TFN", "tax file number"), true,
                        IdentityCatalogueValues::tfn, r -> wrongLast(r, tfn(r), DIGITS)),
                new CatalogueValues("CHILE_RUT_NUMBER", List.of("RUT", "RUN", "rol único tributario"), true,
                        IdentityCatalogueValues::rut, r -> wrongLast(r, rut(r), DIGITS + "K")),
                new CatalogueValues("COLOMBIA_INDIVIDUAL_NIT_NUMBER", List.of("NIT", "N.I.T.", "nit#"), true,
                        IdentityCatalogueValues::personNit, r -> wrongLast(r, personNit(r), DIGITS)),
                new CatalogueValues("COLOMBIA_ORGANIZATION_NIT_NUMBER", List.of("NIT", "N.I.T."), true,
                        IdentityCatalogueValues::companyNit, r -> wrongLast(r, companyNit(r), DIGITS)),
                // one NIR, two identifiers told apart by the keyword: "carte d'assuré social" would hold both
                // ("social" is a national-ID keyword), so neither list uses it
                new CatalogueValues("FRANCE_NATIONAL_IDENTIFICATION_NUMBER",
                        List.of("numéro de sécurité sociale", "INSEE", "code sécurité sociale"), true,
                        IdentityCatalogueValues::nir, r -> wrongLast(r, nir(r), DIGITS)),
                new CatalogueValues("FRANCE_HEALTH_INSURANCE_NUMBER",
                        List.of("carte Vitale", "numéro de carte vitale", "insurance card"), true,
                        IdentityCatalogueValues::nir, r -> wrongLast(r, nir(r), DIGITS)),
                new CatalogueValues("FRANCE_TAX_IDENTIFICATION_NUMBER",
                        List.of("numéro d'identification fiscal", "tax identification number"), true,
                        IdentityCatalogueValues::spi, r -> wrongLast(r, spi(r), DIGITS)),
                new CatalogueValues("GERMANY_NATIONAL_IDENTIFICATION_NUMBER",
                        List.of("Personalausweis", "Ausweisnummer", "personal ID"), true,
                        IdentityCatalogueValues::germanIdCard, r -> wrongLast(r, germanIdCard(r), DIGITS)),
                new CatalogueValues("GERMANY_PASSPORT_NUMBER", List.of("Reisepass", "Reisepassnummer", "passport"), true,
                        IdentityCatalogueValues::germanPassport, r -> wrongLast(r, germanPassportWithCheck(r), DIGITS)),
                new CatalogueValues("GERMANY_TAX_IDENTIFICATION_NUMBER",
                        List.of("Steuer-ID", "Steueridentifikationsnummer", "steuerliche Identifikationsnummer"), true,
                        IdentityCatalogueValues::steuerId, r -> wrongLast(r, steuerId(r), DIGITS)),
                new CatalogueValues("ITALY_NATIONAL_IDENTIFICATION_NUMBER",
                        List.of("codice fiscale", "tax code", "tessera sanitaria"), true,
                        IdentityCatalogueValues::codiceFiscale, r -> wrongLast(r, codiceFiscale(r), LETTERS)),
                new CatalogueValues("MEXICO_CURP_NUMBER", List.of("CURP", "clave única de registro de población"), true,
                        IdentityCatalogueValues::curp, r -> wrongLast(r, curp(r), DIGITS)),
                new CatalogueValues("MEXICO_INDIVIDUAL_RFC_NUMBER", List.of("RFC", "registro federal de contribuyentes"),
                        true, r -> rfc(r, 4), r -> wrongLast(r, rfc(r, 4), DIGITS + "A")),
                new CatalogueValues("MEXICO_ORGANIZATION_RFC_NUMBER", List.of("RFC", "r.f.c."), true,
                        r -> rfc(r, 3), r -> wrongLast(r, rfc(r, 3), DIGITS + "A")),
                new CatalogueValues("SPAIN_DNI_NUMBER", List.of("DNI", "documento nacional de identidad"), true,
                        IdentityCatalogueValues::dni, r -> wrongLast(r, dni(r), LETTERS)),
                new CatalogueValues("SPAIN_NIE_NUMBER", List.of("NIE", "número de identidad de extranjero"), true,
                        IdentityCatalogueValues::nie, r -> wrongLast(r, nie(r), LETTERS)),
                new CatalogueValues("SPAIN_NIF_NUMBER", List.of("NIF", "número de identificación fiscal"), true,
                        IdentityCatalogueValues::personalNif, r -> wrongLast(r, personalNif(r), LETTERS)),
                new CatalogueValues("SPAIN_TAX_IDENTIFICATION_NUMBER", List.of("CIF", "número de impuesto corporativo"),
                        true, IdentityCatalogueValues::cif, IdentityCatalogueValues::cifBadControl),
                new CatalogueValues("SPAIN_SOCIAL_SECURITY_NUMBER",
                        List.of("número de la seguridad social", "social security number"), true,
                        IdentityCatalogueValues::spanishSocialSecurity,
                        r -> wrongLast(r, spanishSocialSecurity(r), DIGITS)),
                new CatalogueValues("SPAIN_DRIVERS_LICENSE", List.of("permiso de conducción", "licencia de manejo"), true,
                        r -> r.nextInt(4) == 0 ? nie(r) : dni(r), r -> wrongLast(r, dni(r), LETTERS)),
                new CatalogueValues("UK_DRIVERS_LICENSE", List.of("driving licence", "driver's license", "DL#"), true,
                        r -> ukDrivingLicence(r, true), r -> ukDrivingLicence(r, false)),
                new CatalogueValues("UK_TAX_IDENTIFICATION_NUMBER", List.of("UTR", "unique taxpayer reference"), true,
                        IdentityCatalogueValues::utr, IdentityCatalogueValues::utrBadCheck),
                // a UK passport number has the shape of a US one; only the keywords Macie gives the UK and not the US
                // tell them apart
                new CatalogueValues("UK_PASSPORT_NUMBER", List.of("passportid", "passeport n°", "passeport #"), true,
                        r -> (char) ('1' + r.nextInt(9)) + digits(r, 8), r -> String.valueOf(r.nextInt(10)).repeat(9)),
                phone("UK_PHONE_NUMBER",
                        r -> "+44 7" + (1 + r.nextInt(3)) + digits(r, 2) + " " + digits(r, 6),
                        r -> "+44 4" + digits(r, 3) + " " + digits(r, 6)),
                phone("FRANCE_PHONE_NUMBER",
                        r -> "+33 6 " + "0124578".charAt(r.nextInt(7)) + digits(r, 1) + pairs(r, 3),
                        r -> "+33 6 9" + r.nextInt(5) + pairs(r, 3)),
                phone("GERMANY_PHONE_NUMBER",
                        r -> "+49 15" + "1257".charAt(r.nextInt(4)) + " " + digits(r, 8),
                        r -> "+49 15" + "1257".charAt(r.nextInt(4)) + " " + digits(r, 4)),
                phone("ITALY_PHONE_NUMBER",
                        r -> "+39 3" + (2 + r.nextInt(8)) + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 4),
                        r -> "+39 30" + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 4)),
                phone("SPAIN_PHONE_NUMBER",
                        r -> "+34 6" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3),
                        r -> "+34 6" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 2)),
                phone("BRAZIL_PHONE_NUMBER",
                        r -> "+55 " + (1 + r.nextInt(9)) + "1 9" + digits(r, 4) + "-" + digits(r, 4),
                        r -> "+55 " + (1 + r.nextInt(9)) + "0 9" + digits(r, 4) + "-" + digits(r, 4)));
    }

    /**
     * Phone numbers are written with their country code, which makes them reportable with or without a keyword and
     * tells the countries apart (a national number such as 07123 456789 is valid in the UK and in Germany alike). The
     * invalid ones are a digit short or in an unassigned range (Italian 30x, Brazilian area codes ending 0); the
     * digits after their country code may still form another country's number (301 123 4567 is North American), which
     * no identifier may report.
     */
    private static CatalogueValues phone(String identifier, Function<Random, String> valid,
                                         Function<Random, String> invalid) {
        return new CatalogueValues(identifier, List.of("phone", "mobile", "tel"), false, valid, invalid);
    }

    private static String cpf(Random rnd) {
        String nine = digits(rnd, 9);
        String all = nine + CheckDigits.cpf(nine);
        return rnd.nextBoolean() ? all
                : all.substring(0, 3) + "." + all.substring(3, 6) + "." + all.substring(6, 9) + "-" + all.substring(9);
    }

    private static String cnpj(Random rnd) {
        String twelve = digits(rnd, 8) + (rnd.nextBoolean() ? "0001" : digits(rnd, 4));
        String all = twelve + CheckDigits.cnpj(twelve);
        return rnd.nextBoolean() ? all : all.substring(0, 2) + "." + all.substring(2, 5) + "." + all.substring(5, 8)
                + "/" + all.substring(8, 12) + "-" + all.substring(12);
    }

    private static String cuit(Random rnd, String... prefixes) {
        while (true) {
            String ten = prefixes[rnd.nextInt(prefixes.length)] + digits(rnd, 8);
            int check = CheckDigits.cuit(ten);
            if (check >= 0) {
                return rnd.nextBoolean() ? ten + check : ten.substring(0, 2) + "-" + ten.substring(2) + "-" + check;
            }
        }
    }

    private static String tfn(Random rnd) {
        while (true) {
            String eight = digits(rnd, 8);
            int check = CheckDigits.tfn(eight);
            if (check >= 0) {
                String all = eight + check;
                return rnd.nextBoolean() ? all : all.substring(0, 3) + " " + all.substring(3, 6) + " " + all.substring(6);
            }
        }
    }

    private static String rut(Random rnd) {
        String body = String.valueOf(1_000_000 + rnd.nextInt(24_000_000));
        return (rnd.nextBoolean() ? body : thousands(body)) + "-" + CheckDigits.rut(body);
    }

    /** A person's NIT is the cédula number: eight digits, or ten starting with 1 (never nine starting 8 or 9). */
    private static String personNit(Random rnd) {
        String body = rnd.nextBoolean() ? (char) ('1' + rnd.nextInt(9)) + digits(rnd, 7) : "1" + digits(rnd, 9);
        return (rnd.nextBoolean() ? body : thousands(body)) + "-" + CheckDigits.nit(body);
    }

    private static String companyNit(Random rnd) {
        String body = (rnd.nextBoolean() ? "8" : "9") + digits(rnd, 8);
        return (rnd.nextBoolean() ? body : thousands(body)) + "-" + CheckDigits.nit(body);
    }

    /** A NIR: sex, year, month, department (Corsica 2A/2B), commune, order and key, compact or in its printed groups. */
    private static String nir(Random rnd) {
        int d = 1 + rnd.nextInt(95);
        String department = rnd.nextInt(10) == 0 ? (rnd.nextBoolean() ? "2A" : "2B") : String.format("%02d", d == 20 ? 21 : d);
        String[] parts = {String.valueOf(1 + rnd.nextInt(2)), digits(rnd, 2), String.format("%02d", 1 + rnd.nextInt(12)),
                department, String.format("%03d", 1 + rnd.nextInt(990)), String.format("%03d", 1 + rnd.nextInt(999))};
        String key = String.format("%02d", CheckDigits.nirKey(String.join("", parts)));
        return String.join(rnd.nextBoolean() ? "" : " ", parts) + (rnd.nextBoolean() ? key : " " + key).strip();
    }

    private static String spi(Random rnd) {
        String ten = rnd.nextInt(4) + digits(rnd, 9);
        String all = ten + CheckDigits.spi(ten);
        return rnd.nextBoolean() ? all : all.substring(0, 2) + " " + all.substring(2, 4) + " " + all.substring(4, 7)
                + " " + all.substring(7, 10) + " " + all.substring(10);
    }

    /** A German ID card serial (L–Y series letter, eight characters of the alphabet) and its ICAO check digit. */
    private static String germanIdCard(Random rnd) {
        String nine = "LMNPRTVWXY".charAt(rnd.nextInt(10)) + chars(rnd, GERMAN_DOCUMENT, 8);
        return nine + CheckDigits.icao(nine);
    }

    /** A German passport serial as printed on the data page, with the MRZ check digit appended half the time. */
    private static String germanPassport(Random rnd) {
        return rnd.nextBoolean() ? germanPassportWithCheck(rnd) : germanPassportSerial(rnd);
    }

    private static String germanPassportWithCheck(Random rnd) {
        String nine = germanPassportSerial(rnd);
        return nine + CheckDigits.icao(nine);
    }

    /** C, F, G, H, J or K and eight characters, at least one a letter: eight digits would be a US passport number's shape. */
    private static String germanPassportSerial(Random rnd) {
        StringBuilder sb = new StringBuilder("CFGHJK".charAt(rnd.nextInt(6)) + chars(rnd, GERMAN_DOCUMENT, 8));
        sb.setCharAt(1 + rnd.nextInt(8), GERMAN_DOCUMENT.charAt(rnd.nextInt(17)));
        return sb.toString();
    }

    /** A Steuer-IdNr: ten digits, first not 0, one digit twice and one missing, then the ISO 7064 MOD 11,10 digit. */
    private static String steuerId(Random rnd) {
        while (true) {
            List<Character> shuffled = new ArrayList<>(DIGITS.chars().mapToObj(c -> (char) c).toList());
            Collections.shuffle(shuffled, rnd);
            StringBuilder ten = new StringBuilder();
            shuffled.forEach(ten::append);
            int from = rnd.nextInt(10);
            int to = (from + 1 + rnd.nextInt(9)) % 10;
            ten.setCharAt(to, ten.charAt(from));
            if (ten.charAt(0) != '0') {
                String all = ten.toString() + CheckDigits.iso7064Mod11Of10(ten.toString());
                return rnd.nextBoolean() ? all : all.substring(0, 2) + " " + all.substring(2, 5) + " "
                        + all.substring(5, 8) + " " + all.substring(8);
            }
        }
    }

    private static String codiceFiscale(Random rnd) {
        int day = 1 + rnd.nextInt(28) + (rnd.nextBoolean() ? 40 : 0);
        String fifteen = chars(rnd, LETTERS, 6) + digits(rnd, 2) + "ABCDEHLMPRST".charAt(rnd.nextInt(12))
                + String.format("%02d", day) + LETTERS.charAt(rnd.nextInt(26)) + digits(rnd, 3);
        return fifteen + CheckDigits.codiceFiscale(fifteen);
    }

    private static String curp(Random rnd) {
        String[] states = CURP_STATES.split(" ");
        String seventeen = chars(rnd, LETTERS, 1) + "AEIOUX".charAt(rnd.nextInt(6)) + chars(rnd, LETTERS, 2) + date(rnd)
                + (rnd.nextBoolean() ? "H" : "M") + states[rnd.nextInt(states.length)] + chars(rnd, CURP_CONSONANTS, 3)
                + (rnd.nextBoolean() ? digits(rnd, 1) : chars(rnd, LETTERS, 1));
        return seventeen + CheckDigits.curp(seventeen);
    }

    /** An RFC: {@code letters} letters (4 for people, 3 for organisations), YYMMDD, homoclave, check character. */
    private static String rfc(Random rnd, int letters) {
        String payload = chars(rnd, "ABCDEFGHIJKLMNOPQRSTUVWYZ", letters) + date(rnd) + chars(rnd, LETTERS + DIGITS, 2);
        return payload + CheckDigits.rfc(payload);
    }

    private static String date(Random rnd) {
        return digits(rnd, 2) + String.format("%02d%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    private static String dni(Random rnd) {
        String number = digits(rnd, 8);
        char letter = CheckDigits.dniLetter(Long.parseLong(number));
        return switch (rnd.nextInt(3)) {
            case 0 -> number + letter;
            case 1 -> number + "-" + letter;
            default -> thousands(number) + "-" + letter;
        };
    }

    private static String nie(Random rnd) {
        int prefix = rnd.nextInt(3);
        String seven = digits(rnd, 7);
        char letter = CheckDigits.dniLetter(Long.parseLong(prefix + seven));
        char head = "XYZ".charAt(prefix);
        return rnd.nextBoolean() ? head + seven + letter : head + "-" + seven + "-" + letter;
    }

    /** A person's NIF: the DNI form, or a K/L/M NIF (the letter counts as nothing). */
    private static String personalNif(Random rnd) {
        if (rnd.nextInt(4) != 0) {
            String number = digits(rnd, 8);
            return number + CheckDigits.dniLetter(Long.parseLong(number));
        }
        String seven = digits(rnd, 7);
        return "KLM".charAt(rnd.nextInt(3)) + seven + CheckDigits.dniLetter(Long.parseLong(seven));
    }

    /** An organisation's CIF: P, Q, R, S, N and W take a control letter, A, B, E and H a digit, the others either. */
    private static String cif(Random rnd) {
        char organisation = CIF_ORGANISATIONS.charAt(rnd.nextInt(CIF_ORGANISATIONS.length()));
        String seven = digits(rnd, 7);
        int control = CheckDigits.cifControl(seven);
        boolean letter = "PQRSNW".indexOf(organisation) >= 0 || "ABEH".indexOf(organisation) < 0 && rnd.nextBoolean();
        return organisation + seven + (letter ? "JABCDEFGHI".charAt(control) : (char) ('0' + control));
    }

    /** A CIF whose control is neither the right digit nor the right letter. */
    private static String cifBadControl(Random rnd) {
        String valid = cif(rnd);
        int control = CheckDigits.cifControl(valid.substring(1, 8));
        int wrong = (control + 1 + rnd.nextInt(9)) % 10;
        return valid.substring(0, 8) + (Character.isDigit(valid.charAt(8)) ? (char) ('0' + wrong) : "JABCDEFGHI".charAt(wrong));
    }

    /** A Seguridad Social number: province, eight digits (some under 10^7, written with a leading zero), control. */
    private static String spanishSocialSecurity(Random rnd) {
        int province = 1 + rnd.nextInt(52);
        long number = rnd.nextInt(4) == 0 ? rnd.nextInt(10_000_000) : 10_000_000 + rnd.nextInt(90_000_000);
        String[] parts = {String.format("%02d", province), String.format("%08d", number),
                String.format("%02d", CheckDigits.spainSocialSecurity(province, number))};
        return String.join(new String[] {"", "/", " "}[rnd.nextInt(3)], parts);
    }

    /**
     * A DVLA licence number: surname (padded with 9), decade, month (+50 for women), day, year, initials, a digit and
     * two check letters. An invalid one has a month or day no licence can have.
     */
    private static String ukDrivingLicence(Random rnd, boolean valid) {
        int surnameLength = 2 + rnd.nextInt(4);
        String surname = (chars(rnd, LETTERS, surnameLength) + "99999").substring(0, 5);
        int month = 1 + rnd.nextInt(12) + (rnd.nextBoolean() ? 50 : 0);
        int day = 1 + rnd.nextInt(28);
        if (!valid) {
            if (rnd.nextBoolean()) {
                month = 13 + rnd.nextInt(38);
            } else {
                day = 32 + rnd.nextInt(68);
            }
        }
        return surname + digits(rnd, 1) + String.format("%02d%02d", month, day) + digits(rnd, 1)
                + (chars(rnd, LETTERS, 1 + rnd.nextInt(2)) + "9").substring(0, 2) + digits(rnd, 1) + chars(rnd, LETTERS, 2);
    }

    private static String utr(Random rnd) {
        String nine = digits(rnd, 9);
        String all = CheckDigits.utr(nine) + nine;
        return (rnd.nextBoolean() ? all : all.substring(0, 5) + " " + all.substring(5)) + (rnd.nextInt(5) == 0 ? "K" : "");
    }

    private static String utrBadCheck(Random rnd) {
        String valid = utr(rnd);
        return otherThan(rnd, valid.charAt(0), DIGITS) + valid.substring(1);
    }

    /** {@code n} groups of two digits, each after a space. */
    private static String pairs(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(digits(rnd, 2));
        }
        return sb.toString();
    }

    /** The value with its last character (the check digit or letter) replaced by another from {@code alphabet}. */
    private static String wrongLast(Random rnd, String valid, String alphabet) {
        return valid.substring(0, valid.length() - 1) + otherThan(rnd, valid.charAt(valid.length() - 1), alphabet);
    }

    private static char otherThan(Random rnd, char c, String alphabet) {
        while (true) {
            char other = alphabet.charAt(rnd.nextInt(alphabet.length()));
            if (other != c) {
                return other;
            }
        }
    }
}
