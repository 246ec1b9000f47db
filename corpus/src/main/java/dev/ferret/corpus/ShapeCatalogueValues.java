package dev.ferret.corpus;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import static dev.ferret.corpus.RandomText.chars;
import static dev.ferret.corpus.RandomText.digits;
import static dev.ferret.corpus.RandomText.thousands;

/**
 * Corpus values for the catalogue's identifiers that have a shape but no check digit: driving licences, passports,
 * national IDs, postal codes, coordinates, procedure codes, Medicare beneficiary IDs and the other PEM private keys.
 * Near misses are the placeholders their validators reject (every digit the same), a letter the format never uses or
 * a value out of range.
 *
 * <p>Many of these identifiers share a shape (eight digits, two letters and six digits) and Macie gives several of
 * them the same generic keywords ("driver's licence", "passport"). Macie's identifiers are independent, so a value
 * next to a keyword shared by several identifiers of its shape is reported by each of them. The labels here are
 * keywords that no other identifier matching the value holds (checked by {@code CatalogueLabelsTest}), so that each
 * planted value has one identifier that must report it. Left out, having no such label: the US and Australian
 * licences (their keywords are all generic, and most of their state formats are each other's and Canada's), the
 * Dutch licence (every keyword is also Belgium's, same ten digits) and the Cypriot licence (Greece's keyword
 * "δεια οδήγησης" lies inside "άδεια οδήγησης", the only Cypriot one, and both take six to nine digits).
 */
final class ShapeCatalogueValues {

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = DIGITS + LETTERS;
    /** Indian state and union territory codes of the vehicle registration system. */
    private static final String[] INDIA_STATES = {"AP", "AS", "BR", "CG", "DL", "GA", "GJ", "HR", "HP", "JH", "KA",
            "KL", "MP", "MH", "OR", "PB", "RJ", "TN", "TS", "UP", "UK", "WB"};
    /** Portuguese licence district prefixes (Lisboa, Porto, Coimbra, Aveiro, Braga, Vila Real, Faro, Évora). */
    private static final String[] PORTUGAL_DISTRICTS = {"L", "P", "C", "AV", "BR", "VR", "FA", "E"};
    /** The letters a Maltese identity card number ends with. */
    private static final String MALTA_SUFFIXES = "MGAPLHBZ";
    /** HCPCS Level II sections: A-E, G, H, J-M, P-V. */
    private static final String HCPCS_LEVEL_TWO = "ABCDEGHJKLMPQRSTUV";
    /** CMS's MBI letters: A-Z without S, L, O, I, B and Z. */
    private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";
    private static final String MBI_EITHER = DIGITS + MBI_LETTERS;
    /** PEM private key labels that PKCS and OPENSSH_PRIVATE_KEY do not cover. */
    private static final String[] PEM_TYPES = {"TSS2", "X25519", "ED25519", "X448", "ED448", "SM2"};
    private static final int SSH_COM_MAGIC = 0x3f6ff9eb;

    private ShapeCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        return List.of(
                shapeOnly("AUSTRIA_DRIVERS_LICENSE", List.of("Führerschein", "Führerschein Republik Österreich"),
                        r -> digits(r, 8)),
                shapeOnly("BELGIUM_DRIVERS_LICENSE", List.of("numéro permis conduire", "Führerscheinnummer", "Führerschein Nr"),
                        r -> digits(r, 10)),
                shapeOnly("BULGARIA_DRIVERS_LICENSE", List.of("шофьорска книжка", "номер на СУМПС"), r -> digits(r, 9)),
                // only the printed Ontario, Quebec and Alberta forms: compact, they are US state formats too
                shapeOnly("CANADA_DRIVERS_LICENSE", List.of("driver's licence", "permis de conduire", "driving licence"),
                        ShapeCatalogueValues::canadianLicence),
                shapeOnly("CROATIA_DRIVERS_LICENSE", List.of("vozačka dozvola", "vozačka dozvola br."), r -> digits(r, 8)),
                shapeOnly("CZECHIA_DRIVERS_LICENSE", List.of("řidičský průkaz", "číslo řidičského průkazu"),
                        r -> chars(r, LETTERS, 2) + (r.nextBoolean() ? " " : "") + digits(r, 6)),
                shapeOnly("DENMARK_DRIVERS_LICENSE", List.of("kørekort", "kørekortnummer"), r -> digits(r, 8)),
                shapeOnly("ESTONIA_DRIVERS_LICENSE", List.of("juhiluba", "juhiloa number"),
                        r -> chars(r, LETTERS, 2) + digits(r, 6)),
                // "ajokortin numero" is Sweden's too, whose pattern also takes ten digits
                shapeOnly("FINLAND_DRIVERS_LICENSE", List.of("ajokortti", "ajokortti nro"), r -> digits(r, 8 + r.nextInt(3))),
                shapeOnly("FRANCE_DRIVERS_LICENSE", List.of("permis de conduire", "n° de permis de conduire"),
                        r -> r.nextBoolean() ? digits(r, 12) : digits(r, 2) + chars(r, LETTERS, 2) + digits(r, 5)),
                shapeOnly("GERMANY_DRIVERS_LICENSE", List.of("Führerscheinnummer", "Führerschein"),
                        r -> chars(r, ALPHANUMERIC, 1) + digits(r, 2) + chars(r, ALPHANUMERIC, 6) + digits(r, 1)
                                + chars(r, ALPHANUMERIC, 1)),
                shapeOnly("GREECE_DRIVERS_LICENSE", List.of("adeia odigisis", "ADEIA ODIGISIS ar."),
                        r -> digits(r, 6 + r.nextInt(4))),
                shapeOnly("HUNGARY_DRIVERS_LICENSE", List.of("jogosítvány", "vezetői engedély"),
                        r -> chars(r, LETTERS, 2) + digits(r, 6)),
                shapeOnly("INDIA_DRIVERS_LICENSE", List.of("driving licence", "driving licence no", "driver's license"),
                        ShapeCatalogueValues::indianLicence),
                shapeOnly("IRELAND_DRIVERS_LICENSE", List.of("ceadúnas tiomána"),
                        r -> String.join(new String[] {"", " ", "-"}[r.nextInt(3)], digits(r, 3), digits(r, 3), digits(r, 3))),
                shapeOnly("ITALY_DRIVERS_LICENSE", List.of("patente di guida", "patente guida numero"),
                        r -> r.nextBoolean() ? chars(r, LETTERS, 2) + digits(r, 7) + chars(r, LETTERS, 1)
                                : "U1" + chars(r, ALPHANUMERIC, 7) + chars(r, LETTERS, 1)),
                shapeOnly("LATVIA_DRIVERS_LICENSE", List.of("vadītāja apliecība", "autovadītāja apliecība"),
                        r -> chars(r, LETTERS, 2) + digits(r, 6)),
                shapeOnly("LITHUANIA_DRIVERS_LICENSE", List.of("vairuotojo pažymėjimas"), r -> digits(r, 8)),
                shapeOnly("LUXEMBOURG_DRIVERS_LICENSE", List.of("Fahrerlaubnis", "Führerschäin"), r -> digits(r, 6)),
                shapeOnly("MALTA_DRIVERS_LICENSE", List.of("liċenzja tas-sewqan"),
                        r -> digits(r, 7) + chars(r, MALTA_SUFFIXES, 1)),
                shapeOnly("POLAND_DRIVERS_LICENSE", List.of("prawo jazdy", "prawo jazdy nr"),
                        r -> digits(r, 5) + "/" + digits(r, 2) + "/" + digits(r, 4)),
                shapeOnly("PORTUGAL_DRIVERS_LICENSE", List.of("carta de condução", "n.º carta de condução"),
                        r -> PORTUGAL_DISTRICTS[r.nextInt(PORTUGAL_DISTRICTS.length)] + (r.nextBoolean() ? "-" : "")
                                + digits(r, 6) + (r.nextBoolean() ? " " : "") + digits(r, 1)),
                shapeOnly("ROMANIA_DRIVERS_LICENSE", List.of("permis de conducere", "numărul permisului de conducere"),
                        r -> r.nextBoolean() ? digits(r, 9) : chars(r, LETTERS, 1) + digits(r, 8)),
                shapeOnly("SLOVAKIA_DRIVERS_LICENSE", List.of("vodičský preukaz", "číslo vodičského preukazu"),
                        r -> chars(r, LETTERS, 2) + digits(r, 6)),
                shapeOnly("SLOVENIA_DRIVERS_LICENSE", List.of("vozniško dovoljenje"), r -> digits(r, 8)),
                // "passeport" is Canada's too, but its pattern (two letters, six digits) takes no French number
                shapeOnly("FRANCE_PASSPORT_NUMBER", List.of("numéro de passeport", "passeport"),
                        r -> digits(r, 2) + chars(r, LETTERS, 2) + digits(r, 5)),
                // the English keywords ("passport", "passportno") are Spain's too, whose pattern takes two letters and
                // six digits; France's pattern, which shares "passeport", takes no Canadian number
                shapeOnly("CANADA_PASSPORT_NUMBER", List.of("passeport", "passeport#"),
                        r -> chars(r, LETTERS, 2) + digits(r, 6)),
                shapeOnly("ITALY_PASSPORT_NUMBER", List.of("passaporto", "passaporto numero"),
                        r -> chars(r, LETTERS, 2) + digits(r, 7)),
                shapeOnly("SPAIN_PASSPORT_NUMBER", List.of("pasaporte", "número pasaporte"),
                        r -> chars(r, LETTERS, 2 + r.nextInt(2)) + digits(r, 6)),
                // "DNI" is Spain's too, whose pattern needs the control letter an Argentine DNI does not have
                shapeOnly("ARGENTINA_DNI_NUMBER", List.of("DNI", "d.n.i."), ShapeCatalogueValues::argentineDni),
                shapeOnly("BRAZIL_RG_NUMBER", List.of("RG", "registro geral"), ShapeCatalogueValues::rg),
                shapeOnly("BRAZIL_CEP_CODE", List.of("CEP", "código de endereçamento postal"),
                        r -> digits(r, 5) + (r.nextInt(4) == 0 ? "" : "-") + digits(r, 3)),
                shapeOnly("CANADA_NATIONAL_IDENTIFICATION_NUMBER",
                        List.of("permanent resident card number", "numéro résident permanent", "PR number"),
                        ShapeCatalogueValues::canadianPermanentResident),
                // a ten-digit cédula with dots has the shape of an IPv4 address: its placeholder repeats a digit over 2,
                // so that 3.333.333.333 is no address either
                new CatalogueValues("COLOMBIA_CITIZENSHIP_CARD_NUMBER", List.of("cédula de ciudadanía", "documento de identificación"),
                        true, r -> notPlaceholder(r, ShapeCatalogueValues::cedula), r -> placeholder(r, ShapeCatalogueValues::cedula, "3456789")),
                new CatalogueValues("INDIA_PERMANENT_ACCOUNT_NUMBER", List.of("PAN number", "permanent account number", "e-PAN"),
                        true, r -> notPlaceholder(r, x -> pan(x, "ABCFGHJLPT")),
                        r -> r.nextBoolean() ? pan(r, "DEIKMNOQRSUVWXYZ") : placeholder(r, x -> pan(x, "P"), DIGITS)),
                new CatalogueValues("UK_ELECTORAL_ROLL_NUMBER", List.of("electoral roll number", "electoral roll no."),
                        true, r -> notPlaceholder(r, ShapeCatalogueValues::electoralRoll),
                        r -> chars(r, LETTERS, 2 + r.nextInt(2)) + String.valueOf(1 + r.nextInt(9)).repeat(4)),
                new CatalogueValues("LATITUDE_LONGITUDE", List.of("coordinates", "lat long", "latitude longitude"), true,
                        r -> coordinates(r, 1 + r.nextInt(89)), r -> r.nextBoolean() ? coordinates(r, 91 + r.nextInt(9)) : "0.0,0.0"),
                new CatalogueValues("USA_HEALTHCARE_PROCEDURE_CODE", List.of("HCPCS", "HCPCS code", "current procedural terminology"),
                        true, ShapeCatalogueValues::hcpcs,
                        r -> r.nextBoolean() ? chars(r, "FINOWXYZ", 1) + digits(r, 4) : digits(r, 4) + chars(r, "ABCDEGXYZ", 1)),
                new CatalogueValues("USA_MEDICARE_BENEFICIARY_IDENTIFIER", List.of("MBI", "medicare beneficiary identifier"),
                        true, r -> mbi(r, MBI_LETTERS), r -> mbi(r, "SLOIBZ")),
                new CatalogueValues("PRIVATE_KEY_PEM", List.of("tpm key blob", "signing material", "host identity"), false,
                        r -> otherPrivateKey(r, 48 + r.nextInt(80)), r -> otherPrivateKey(r, 4 + r.nextInt(8))));
    }

    /** An identifier that needs its keyword and whose near miss is its shape with one repeated digit (a placeholder). */
    private static CatalogueValues shapeOnly(String identifier, List<String> labels, Function<Random, String> valid) {
        return new CatalogueValues(identifier, labels, true, r -> notPlaceholder(r, valid), r -> placeholder(r, valid, DIGITS));
    }

    /** A value that is not a placeholder: under four digits, or not all one digit. */
    private static String notPlaceholder(Random rnd, Function<Random, String> valid) {
        while (true) {
            String value = valid.apply(rnd);
            String digits = value.replaceAll("[^0-9]", "");
            if (digits.length() < 4 || digits.chars().distinct().count() > 1) {
                return value;
            }
        }
    }

    /**
     * A value with every digit replaced by one digit: 00000000, AB111111, 22.222.222. It needs four digits at least:
     * with fewer (a German licence may have three) the validators take repeated digits for chance. The digit is one
     * of {@code digits}.
     */
    private static String placeholder(Random rnd, Function<Random, String> valid, String digits) {
        while (true) {
            String value = valid.apply(rnd);
            if (value.replaceAll("[^0-9]", "").length() >= 4) {
                return value.replaceAll("[0-9]", chars(rnd, digits, 1));
            }
        }
    }

    /** Ontario A1234-56789-01234, Quebec A1234-123456-12 or Alberta 123456-789, as printed. */
    private static String canadianLicence(Random rnd) {
        String initial = chars(rnd, LETTERS, 1);
        return switch (rnd.nextInt(3)) {
            case 0 -> initial + digits(rnd, 4) + "-" + digits(rnd, 5) + "-" + digits(rnd, 5);
            case 1 -> initial + digits(rnd, 4) + "-" + digits(rnd, 6) + "-" + digits(rnd, 2);
            default -> digits(rnd, 6) + "-" + digits(rnd, 3);
        };
    }

    /** State, RTO office, year of issue and seven digits: MH12 20110012345, MH-1220110012345 or compact. */
    private static String indianLicence(Random rnd) {
        String state = INDIA_STATES[rnd.nextInt(INDIA_STATES.length)];
        String rto = String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(50));
        String rest = (1990 + rnd.nextInt(36)) + digits(rnd, 7);
        return switch (rnd.nextInt(3)) {
            case 0 -> state + rto + " " + rest;
            case 1 -> state + "-" + rto + rest;
            default -> state + rto + rest;
        };
    }

    /** 7 or 8 digits, half the time with thousands dots (5.123.456, 30.123.456). */
    private static String argentineDni(Random rnd) {
        String number = String.valueOf(rnd.nextBoolean() ? 1_000_000 + rnd.nextInt(9_000_000) : 10_000_000 + rnd.nextInt(85_000_000));
        return rnd.nextBoolean() ? number : thousands(number);
    }

    /** An RG: 8 digits and a final digit or X, as 12.345.678-9 or compact. */
    private static String rg(Random rnd) {
        String eight = (1 + rnd.nextInt(9)) + digits(rnd, 7);
        String last = rnd.nextInt(10) == 0 ? "X" : digits(rnd, 1);
        return rnd.nextBoolean() ? eight + last : thousands(eight) + "-" + last;
    }

    /** A permanent resident card number (two letters, seven digits) or a client ID (UCI) of 8 or 10 digits. */
    private static String canadianPermanentResident(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> chars(rnd, LETTERS, 2) + digits(rnd, 7);
            case 1 -> digits(rnd, 4) + "-" + digits(rnd, 4);
            default -> digits(rnd, 2) + "-" + digits(rnd, 4) + "-" + digits(rnd, 4);
        };
    }

    /** A cédula: 6 to 10 digits, with thousands dots half the time. */
    private static String cedula(Random rnd) {
        String number = (1 + rnd.nextInt(9)) + digits(rnd, 5 + rnd.nextInt(5));
        return rnd.nextBoolean() ? number : thousands(number);
    }

    /** Five letters, the fourth the holder type (P person, C company, ...), four digits and a letter. */
    private static String pan(Random rnd, String holderTypes) {
        return chars(rnd, LETTERS, 3) + chars(rnd, holderTypes, 1) + chars(rnd, LETTERS, 1) + digits(rnd, 4)
                + chars(rnd, LETTERS, 1);
    }

    /** A polling district (two or three letters) and elector number, sometimes with a separator or a /suffix. */
    private static String electoralRoll(Random rnd) {
        String number = String.valueOf(1 + rnd.nextInt(9999));
        String value = chars(rnd, LETTERS, 2 + rnd.nextInt(2)) + new String[] {"", " ", "-"}[rnd.nextInt(3)] + number;
        String suffix = rnd.nextInt(4) == 0 ? "/" + (1 + rnd.nextInt(9)) : "";
        return value + suffix;
    }

    /**
     * A decimal-degree pair with a longitude in range, written 41.948614,-87.655311 or 41.9486 -87.6553; a latitude
     * over 90 makes a near miss.
     */
    private static String coordinates(Random rnd, int wholeDegreesLatitude) {
        String lat = decimal(rnd, wholeDegreesLatitude);
        String lon = decimal(rnd, 1 + rnd.nextInt(179));
        return lat + new String[] {",", ", ", " "}[rnd.nextInt(3)] + lon;
    }

    /** Whole degrees with a sign half the time and 4 to 6 decimal places, the last not 0. */
    private static String decimal(Random rnd, int whole) {
        return (rnd.nextBoolean() ? "-" : "") + whole + "." + digits(rnd, 3 + rnd.nextInt(3)) + (1 + rnd.nextInt(9));
    }

    /** A CPT code (five digits, or four and F, T or U) or a Level II code (a section letter and four digits). */
    private static String hcpcs(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> String.valueOf(10_000 + rnd.nextInt(90_000));
            case 1 -> digits(rnd, 4) + chars(rnd, "FTU", 1);
            default -> chars(rnd, HCPCS_LEVEL_TWO, 1) + digits(rnd, 4);
        };
    }

    /**
     * An MBI in CMS's positions (1-9, letter, either, digit, letter, either, digit, letter, letter, digit, digit), plain
     * or 4-3-4 with dashes; {@code letters} other than MBI_LETTERS gives a near miss with a letter CMS never uses.
     */
    private static String mbi(Random rnd, String letters) {
        String either = letters.equals(MBI_LETTERS) ? MBI_EITHER : letters;
        String value = (1 + rnd.nextInt(9)) + chars(rnd, letters, 1) + chars(rnd, either, 1) + digits(rnd, 1)
                + chars(rnd, letters, 1) + chars(rnd, either, 1) + digits(rnd, 1) + chars(rnd, letters, 2) + digits(rnd, 2);
        return rnd.nextBoolean() ? value
                : value.substring(0, 4) + "-" + value.substring(4, 7) + "-" + value.substring(7);
    }

    /**
     * A PEM private key of a type PKCS and OPENSSH_PRIVATE_KEY do not cover, or an SSH.com SSH2 key (its body starts
     * with the format's magic number), on one line with escaped newlines as in a JSON or .env value. With under 16
     * bytes of body (a near miss) it is a fragment, not a key.
     */
    private static String otherPrivateKey(Random rnd, int bodyBytes) {
        byte[] body = new byte[bodyBytes];
        rnd.nextBytes(body);
        if (rnd.nextInt(4) == 0) {
            ByteBuffer.wrap(body).putInt(bodyBytes >= 16 ? SSH_COM_MAGIC : SSH_COM_MAGIC + 1);
            return "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\\nComment: \"key-" + digits(rnd, 8) + "\"\\n"
                    + wrapped(body) + "\\n---- END SSH2 ENCRYPTED PRIVATE KEY ----";
        }
        String type = PEM_TYPES[rnd.nextInt(PEM_TYPES.length)];
        return "-----BEGIN " + type + " PRIVATE KEY-----\\n" + wrapped(body) + "\\n-----END " + type + " PRIVATE KEY-----";
    }

    private static String wrapped(byte[] body) {
        String b64 = Base64.getEncoder().encodeToString(body);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b64.length(); i += 64) {
            sb.append(i == 0 ? "" : "\\n").append(b64, i, Math.min(b64.length(), i + 64));
        }
        return sb.toString();
    }
}
