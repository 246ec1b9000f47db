package dev.ferret.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static dev.ferret.corpus.FinancialCatalogueValues.withLuhn;
import static dev.ferret.corpus.RandomText.chars;
import static dev.ferret.corpus.RandomText.digits;

/** Corpus values for the catalogue's health identifiers: health cards and numbers, prescriber and drug codes, devices. */
final class HealthCatalogueValues {

    /**
     * ISO 3166 numeric codes of the countries that issue European Health Insurance Cards, but Finland (246): a Finnish
     * card is also FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER, whose keywords all hold an EHIC keyword, and a planted
     * value has one identifier.
     */
    private static final String[] EHIC_ISSUERS = {"040", "056", "100", "191", "196", "203", "208", "233", "250", "276",
            "300", "348", "352", "372", "380", "428", "438", "440", "442", "470", "528", "578", "616", "620", "642",
            "703", "705", "724", "752", "756", "826"};
    /** Countries outside the EHIC scheme, for near misses. */
    private static final String[] NOT_EHIC_ISSUERS = {"840", "124", "036", "392", "076", "484", "356"};
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = "0123456789" + LETTERS;
    /** Registrant types the DEA issues: practitioners, mid-levels, distributors, narcotic treatment programmes. */
    private static final String DEA_TYPES = "ABFGMPRSX";
    /** Medicare beneficiary identification codes: wage earner, spouses, children, widows, and so on. */
    private static final String[] HICN_BIC = {"A", "B", "B1", "B2", "C1", "C2", "C3", "D", "D1", "E", "E1", "F1", "F2",
            "HA", "HB", "J1", "K1", "M", "T", "W"};
    private static final String[] RRB_PREFIXES = {"A", "CA", "H", "MA", "PA", "WA", "WCA", "WD"};

    private HealthCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        return List.of(
                new CatalogueValues("EUROPEAN_HEALTH_INSURANCE_CARD_NUMBER", List.of("EHIC", "health insurance card",
                        "Krankenversicherungskarte", "carte européenne d'assurance maladie", "tarjeta de salud"), true,
                        rnd -> ehic(rnd, EHIC_ISSUERS), rnd -> ehic(rnd, NOT_EHIC_ISSUERS)),
                new CatalogueValues("FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER", List.of("sairausvakuutuskortti",
                        "terveyskortti", "suomi EHIC-numero", "EHIC"), true,
                        rnd -> finnishIdentityCode(rnd, true), rnd -> finnishIdentityCode(rnd, false)),
                new CatalogueValues("CANADA_HEALTH_NUMBER", List.of("PHN", "personal healthcare number", "MSP number",
                        "carte soins de santé"), true, rnd -> canadaHealth(rnd, true), rnd -> canadaHealth(rnd, false)),
                new CatalogueValues("US_DRUG_ENFORCEMENT_AGENCY_NUMBER", List.of("DEA number", "DEA registration",
                        "prescriber DEA number"), true, rnd -> dea(rnd, true), rnd -> dea(rnd, false)),
                new CatalogueValues("USA_HEALTH_INSURANCE_CLAIM_NUMBER", List.of("HICN", "health insurance claim number",
                        "HIC number", "Medicare HICN"), true, rnd -> hicn(rnd, true), rnd -> hicn(rnd, false)),
                new CatalogueValues("USA_NATIONAL_DRUG_CODE", List.of("NDC", "national drug code", "NDC code"), true,
                        rnd -> ndc(rnd, true), rnd -> ndc(rnd, false)),
                new CatalogueValues("USA_NATIONAL_PROVIDER_IDENTIFIER", List.of("NPI", "national provider identifier",
                        "billing NPI"), true, rnd -> npi(rnd, true), rnd -> npi(rnd, false)),
                new CatalogueValues("MEDICAL_DEVICE_UDI", List.of("UDI", "unique device identifier", "device identifier",
                        "GS1 UDI", "HIBCC UDI"), true, rnd -> udi(rnd, true), rnd -> udi(rnd, false)));
    }

    /** A European Health Insurance Card number: 80, the issuing country's ISO 3166 numeric code, fifteen digits. */
    private static String ehic(Random rnd, String[] issuers) {
        return "80" + issuers[rnd.nextInt(issuers.length)] + digits(rnd, 15);
    }

    /**
     * A Finnish personal identity code (henkilötunnus, printed on the Finnish EHIC): DDMMYY, a century sign, an
     * individual number 002–899 and the mod-31 check character (another character for a near miss).
     */
    private static String finnishIdentityCode(Random rnd, boolean valid) {
        String date = String.format(Locale.ROOT, "%02d%02d%02d", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12), rnd.nextInt(100));
        String individual = String.format(Locale.ROOT, "%03d", 2 + rnd.nextInt(898));
        char century = "-YXWVUABCDEF".charAt(rnd.nextInt(12));
        char check = CheckDigits.finnishIdentityCode(date + individual);
        if (!valid) {
            String all = "0123456789ABCDEFHJKLMNPRSTUVWXY";
            check = all.charAt((all.indexOf(check) + 1 + rnd.nextInt(all.length() - 1)) % all.length());
        }
        return date + century + individual + check;
    }

    /**
     * A Canadian provincial health number: British Columbia's PHN (9, eight digits, mod-11 check digit), Ontario's
     * (ten digits with a Luhn digit, sometimes a two-letter version code) or Quebec's RAMQ (four letters, birth date
     * YYMMDD with 50 added to a woman's month, two digits). Near misses: a wrong check digit, or a RAMQ month that
     * cannot be.
     */
    private static String canadaHealth(Random rnd, boolean valid) {
        return switch (rnd.nextInt(3)) {
            case 0 -> {
                String nine;
                int check;
                do {
                    nine = "9" + digits(rnd, 8);
                    check = CheckDigits.bcPhn(nine);
                } while (check < 0);
                yield spaced(rnd, nine + (valid ? check : (check + 1 + rnd.nextInt(9)) % 10), "");
            }
            case 1 -> spaced(rnd, withLuhn(rnd, (1 + rnd.nextInt(8)) + digits(rnd, 8), valid),
                    rnd.nextBoolean() ? chars(rnd, LETTERS, 2) : "");
            default -> {
                int month = valid ? 1 + rnd.nextInt(12) + (rnd.nextBoolean() ? 50 : 0) : 13 + rnd.nextInt(37);
                String ramq = chars(rnd, LETTERS, 4) + String.format(Locale.ROOT, "%02d%02d%02d", rnd.nextInt(100), month,
                        1 + rnd.nextInt(28)) + digits(rnd, 2);
                yield rnd.nextBoolean() ? ramq : ramq.substring(0, 4) + " " + ramq.substring(4, 8) + " " + ramq.substring(8);
            }
        };
    }

    /** Ten digits as written on the card: 4-3-3 with spaces or hyphens, or run together; then the version code. */
    private static String spaced(Random rnd, String ten, String version) {
        String sep = new String[]{"", " ", "-"}[rnd.nextInt(3)];
        String number = ten.substring(0, 4) + sep + ten.substring(4, 7) + sep + ten.substring(7);
        return number + (version.isEmpty() ? "" : sep + version);
    }

    /** A DEA registration number: registrant type, the surname's initial (or 9), six digits, the check digit. */
    private static String dea(Random rnd, boolean valid) {
        char second = rnd.nextInt(10) == 0 ? '9' : LETTERS.charAt(rnd.nextInt(26));
        String six = digits(rnd, 6);
        int check = CheckDigits.dea(six);
        return "" + DEA_TYPES.charAt(rnd.nextInt(DEA_TYPES.length())) + second + six
                + (valid ? check : (check + 1 + rnd.nextInt(9)) % 10);
    }

    /**
     * A Medicare HICN: an SSN the SSA could issue followed by a beneficiary identification code, or a Railroad
     * Retirement Board number (prefix and six or nine digits). A near miss has an SSN area that is never issued.
     */
    private static String hicn(Random rnd, boolean valid) {
        if (valid && rnd.nextInt(5) == 0) {
            String digits;
            do {
                digits = digits(rnd, rnd.nextBoolean() ? 6 : 9);
            } while (digits.chars().distinct().count() == 1);
            return RRB_PREFIXES[rnd.nextInt(RRB_PREFIXES.length)] + digits;
        }
        int area;
        if (valid) {
            do {
                area = 1 + rnd.nextInt(899);
            } while (area == 666);
        } else {
            area = rnd.nextBoolean() ? 0 : 666;
        }
        String group = String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(99));
        String serial = String.format(Locale.ROOT, "%04d", 1 + rnd.nextInt(9999));
        String bic = HICN_BIC[rnd.nextInt(HICN_BIC.length)];
        String ssn = String.format(Locale.ROOT, "%03d", area) + (rnd.nextBoolean() ? group + serial : "-" + group + "-" + serial);
        return ssn + bic;
    }

    /**
     * A National Drug Code in one of the FDA's layouts (4-4-2, 5-3-2, 5-4-1, the billing 5-4-2), hyphenated or run
     * together. A near miss has an all-zero segment or the 5-3-1 layout, which no NDC uses.
     */
    private static String ndc(Random rnd, boolean valid) {
        int[][] layouts = {{4, 4, 2}, {5, 3, 2}, {5, 4, 1}, {5, 4, 2}};
        boolean badLayout = !valid && rnd.nextBoolean();
        int[] layout = badLayout ? new int[]{5, 3, 1} : layouts[rnd.nextInt(layouts.length)];
        String[] segments = new String[3];
        for (int i = 0; i < 3; i++) {
            do {
                segments[i] = digits(rnd, layout[i]);
            } while (segments[i].chars().allMatch(c -> c == '0'));
        }
        if (!valid && !badLayout) {
            int zero = rnd.nextInt(3);
            segments[zero] = "0".repeat(layout[zero]);
        }
        return valid && rnd.nextInt(3) == 0 ? String.join("", segments) : String.join("-", segments);
    }

    /** A National Provider Identifier: 1 or 2, eight digits, the Luhn digit of 80840 and the first nine. */
    private static String npi(Random rnd, boolean valid) {
        String nine = (1 + rnd.nextInt(2)) + digits(rnd, 8);
        int check = CheckDigits.luhn("80840" + nine);
        return nine + (valid ? check : (check + 1 + rnd.nextInt(9)) % 10);
    }

    /**
     * A unique device identifier: GS1 ((01) and a GTIN-14 with its check digit, then dates, lot and serial), HIBCC
     * (+, labeler code, product code, unit of measure, modulus-43 check character) or ICCBBA ISBT 128 (=, donation
     * identification number). Near misses carry a wrong GS1 or HIBCC check.
     */
    private static String udi(Random rnd, boolean valid) {
        int form = rnd.nextInt(valid ? 5 : 4); // 0-1 GS1, 2-3 HIBCC, 4 ISBT 128 (which has no check to get wrong)
        if (form < 2) {
            String payload = rnd.nextInt(9) + digits(rnd, 12);
            int check = CheckDigits.gs1(payload);
            String sep = rnd.nextInt(3) == 0 ? " " : "";
            StringBuilder sb = new StringBuilder("(01)").append(sep).append(payload)
                    .append(valid ? check : (check + 1 + rnd.nextInt(9)) % 10);
            if (rnd.nextBoolean()) {
                sb.append(sep).append("(17)").append(String.format(Locale.ROOT, "%02d%02d%02d", 26 + rnd.nextInt(8),
                        1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            }
            if (rnd.nextBoolean()) {
                sb.append(sep).append("(10)").append(chars(rnd, ALPHANUMERIC, 4 + rnd.nextInt(7)));
            }
            if (rnd.nextBoolean()) {
                sb.append(sep).append("(21)").append(digits(rnd, 6 + rnd.nextInt(8)));
            }
            return sb.toString();
        }
        if (form < 4) {
            String alphabet = CheckDigits.hibccAlphabet();
            while (true) {
                String data = "+" + LETTERS.charAt(rnd.nextInt(26)) + chars(rnd, ALPHANUMERIC, 3)
                        + chars(rnd, ALPHANUMERIC, 4 + rnd.nextInt(8)) + rnd.nextInt(10);
                char check = CheckDigits.hibcc(data);
                if (!valid) {
                    check = alphabet.charAt((alphabet.indexOf(check) + 1 + rnd.nextInt(42)) % 43);
                }
                if (check != ' ') { // the check alphabet holds a space, which no label would end on
                    return data + check;
                }
            }
        }
        return "=" + "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789".charAt(rnd.nextInt(34)) + digits(rnd, 14);
    }
}
