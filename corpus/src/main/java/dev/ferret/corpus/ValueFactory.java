package dev.ferret.corpus;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Sensitive values that are valid by construction (check digits, prefixes, ranges, structure). Seeded. */
final class ValueFactory {

    /** Macie never reports these test card numbers; the corpus uses them as hard negatives. */
    static final Set<String> MACIE_TEST_CARDS = Set.of("4111111111111111", "4012888888881881", "5555555555554444",
            "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
            "3530111333300000", "3566002020360505", "4222222222222", "5454545454545454", "4444333322221111");

    private static final String[][] CARD_PREFIXES = {
            {"4", "16"}, {"4", "16"}, {"51", "16"}, {"53", "16"}, {"55", "16"}, {"2221", "16"}, {"2720", "16"},
            {"34", "15"}, {"37", "15"}, {"6011", "16"}, {"3528", "16"}, {"3589", "16"}, {"36", "14"}, {"4", "19"}};
    private static final String[] US_AREAS = {"201", "202", "206", "212", "213", "303", "305", "312", "404", "415", "512",
            "602", "617", "646", "702", "713", "718", "804", "919"};
    private static final String[] CA_AREAS = {"403", "416", "514", "604", "613", "780", "902"};
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("MM/dd/yyyy"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)};

    private final Random rnd;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    ValueFactory(Random rnd) {
        this.rnd = rnd;
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    private String digitsNoLeadingZero(int n) {
        return (1 + rnd.nextInt(9)) + digits(n - 1);
    }

    /** A Luhn-valid card number with a real brand prefix, never one of Macie's excluded test numbers. */
    String cardNumber() {
        while (true) {
            String[] p = CARD_PREFIXES[rnd.nextInt(CARD_PREFIXES.length)];
            String payload = p[0] + digits(Integer.parseInt(p[1]) - p[0].length() - 1);
            String card = payload + CheckDigits.luhn(payload);
            if (!MACIE_TEST_CARDS.contains(card)) {
                return card;
            }
        }
    }

    /** A card number with a real prefix and a wrong Luhn digit. */
    String cardNumberBadLuhn() {
        String card = cardNumber();
        int last = card.charAt(card.length() - 1) - '0';
        return card.substring(0, card.length() - 1) + (last + 1 + rnd.nextInt(9)) % 10;
    }

    String cardExpiration() {
        int month = 1 + rnd.nextInt(12);
        int year = 2026 + rnd.nextInt(6);
        return rnd.nextBoolean() ? String.format("%02d/%02d", month, year % 100) : String.format("%02d/%d", month, year);
    }

    String cvv() {
        return digits(rnd.nextInt(5) == 0 ? 4 : 3);
    }

    /** A US SSN in a range the SSA issues: area 001–899 except 666, group 01–99, serial 0001–9999. */
    String ssn() {
        int area;
        do {
            area = 1 + rnd.nextInt(899);
        } while (area == 666);
        return String.format("%03d-%02d-%04d", area, 1 + rnd.nextInt(99), 1 + rnd.nextInt(9999));
    }

    /** A US ITIN: 9XX-GG-XXXX with the group in 50–65, 70–88, 90–92 or 94–99. */
    String itin() {
        int[] groups = {50, 55, 60, 65, 70, 71, 75, 78, 80, 83, 88, 90, 91, 92, 94, 95, 97, 99};
        return String.format("9%02d-%02d-%04d", rnd.nextInt(100), groups[rnd.nextInt(groups.length)], 1 + rnd.nextInt(9999));
    }

    String usPassport() {
        return rnd.nextInt(3) == 0 ? (char) ('A' + rnd.nextInt(26)) + digits(8) : digitsNoLeadingZero(9);
    }

    /** A US/Canadian bank account number: 10–12 digits, so it can never pass for a card (13–19) or an SSN (9). */
    String bankAccount() {
        return digitsNoLeadingZero(10 + rnd.nextInt(3));
    }

    /** A valid IBAN of the country (mod-97 check digits by iban4j), printed compact or in groups of four. */
    String iban(String country) {
        Iban iban = new Iban.Builder(rnd).countryCode(CountryCode.valueOf(country)).buildRandom();
        return rnd.nextBoolean() ? iban.toString() : iban.toFormattedString();
    }

    /** An IBAN-shaped value whose check digits are wrong. */
    String ibanBadCheck(String country) {
        String iban = new Iban.Builder(rnd).countryCode(CountryCode.valueOf(country)).buildRandom().toString();
        int check = Integer.parseInt(iban.substring(2, 4));
        int wrong = 2 + (check - 2 + 1 + rnd.nextInt(96)) % 97;
        return iban.substring(0, 2) + String.format("%02d", Math.min(wrong, 98)) + iban.substring(4);
    }

    /** A phone number libphonenumber calls valid, for US or CA. */
    PhoneNumber phone(String country) {
        String[] areas = country.equals("CA") ? CA_AREAS : US_AREAS;
        while (true) {
            String national = areas[rnd.nextInt(areas.length)] + (2 + rnd.nextInt(8)) + digits(2) + digits(4);
            PhoneNumber n = new PhoneNumber().setCountryCode(1).setNationalNumber(Long.parseLong(national));
            if (!national.substring(3, 6).equals("555") && phones.isValidNumberForRegion(n, country)) {
                return n;
            }
        }
    }

    String nationalFormat(PhoneNumber n) {
        return phones.format(n, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
    }

    String internationalFormat(PhoneNumber n) {
        return phones.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    LocalDate birthDate() {
        return LocalDate.of(1940, 1, 1).plusDays(rnd.nextInt(65 * 365));
    }

    String date(LocalDate date) {
        return date.format(DATE_FORMATS[rnd.nextInt(DATE_FORMATS.length)]);
    }

    /** A UK National Insurance number with an allocatable prefix and suffix A–D. */
    String nino() {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(rnd.nextInt(first.length())) + second.charAt(rnd.nextInt(second.length()));
        } while (Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
        String d = digits(6);
        char suffix = (char) ('A' + rnd.nextInt(4));
        return rnd.nextBoolean() ? prefix + d + suffix
                : prefix + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + suffix;
    }

    /** A UK NHS number (modulus 11), as 3-3-4 digits. */
    String nhs() {
        while (true) {
            String nine = digitsNoLeadingZero(9);
            int check = CheckDigits.nhs(nine);
            if (check >= 0) {
                String all = nine + check;
                return all.substring(0, 3) + " " + all.substring(3, 6) + " " + all.substring(6);
            }
        }
    }

    /** A Canadian SIN (Luhn), first digit 1–7, as 3-3-3 digits. */
    String sin() {
        String payload = (1 + rnd.nextInt(7)) + digits(7);
        String all = payload + CheckDigits.luhn(payload);
        String sep = rnd.nextBoolean() ? " " : "-";
        return all.substring(0, 3) + sep + all.substring(3, 6) + sep + all.substring(6);
    }

    /** An Aadhaar number (Verhoeff), first digit 2–9, as 4-4-4 digits. */
    String aadhaar() {
        String payload = (2 + rnd.nextInt(8)) + digits(10);
        String all = payload + CheckDigits.verhoeff(payload);
        return all.substring(0, 4) + " " + all.substring(4, 8) + " " + all.substring(8);
    }

    /** A 40-character AWS secret access key. */
    String awsSecretKey() {
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            sb.append(BASE64.charAt(rnd.nextInt(BASE64.length())));
        }
        return sb.toString();
    }

    /** An AWS access key ID (not secret, and not an identifier of its own). */
    String awsAccessKeyId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder sb = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String base64Lines(String firstBytes, int bytes, int width) {
        byte[] raw = new byte[bytes];
        rnd.nextBytes(raw);
        byte[] head = firstBytes.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, raw, 0, Math.min(head.length, raw.length));
        String b64 = Base64.getEncoder().encodeToString(raw);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b64.length(); i += width) {
            sb.append(b64, i, Math.min(b64.length(), i + width)).append('\n');
        }
        return sb.toString();
    }

    String opensshKey() {
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + base64Lines("openssh-key-v1\0", 399, 70)
                + "-----END OPENSSH PRIVATE KEY-----";
    }

    String pgpKey() {
        return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + base64Lines("\u0095\u0003\u00c6\u0004", 960, 64)
                + "=" + Base64.getEncoder().encodeToString(new byte[]{(byte) rnd.nextInt(), (byte) rnd.nextInt(), (byte) rnd.nextInt()})
                + "\n-----END PGP PRIVATE KEY BLOCK-----";
    }

    String pkcsKey() {
        String kind = new String[]{"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"}[rnd.nextInt(4)];
        int bytes = kind.startsWith("EC") ? 121 : 1190;
        return "-----BEGIN " + kind + "-----\n" + base64Lines("\u0030\u0082", bytes, 64) + "-----END " + kind + "-----";
    }

    String puttyKey() {
        String comment = "rsa-key-2026" + digits(4);
        String pub = base64Lines("\0\0\0\u0007ssh-rsa", 279, 64);
        String priv = base64Lines("\0\0\u0001\0", 660, 64);
        return "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: " + comment + "\nPublic-Lines: "
                + pub.split("\n").length + "\n" + pub + "Private-Lines: " + priv.split("\n").length + "\n" + priv
                + "Private-MAC: " + hex(32);
    }

    String hex(int bytes) {
        byte[] raw = new byte[bytes];
        rnd.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    private String base64Url(byte[] raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    String jwt(String subject) {
        String header = rnd.nextBoolean() ? "{\"alg\":\"HS256\",\"typ\":\"JWT\"}" : "{\"alg\":\"RS256\",\"kid\":\"" + hex(4) + "\"}";
        long iat = 1_760_000_000L + rnd.nextInt(30_000_000);
        String payload = "{\"sub\":\"" + subject + "\",\"iat\":" + iat + ",\"exp\":" + (iat + 3600) + "}";
        byte[] sig = new byte[header.contains("RS256") ? 256 : 32];
        rnd.nextBytes(sig);
        return base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(payload.getBytes(StandardCharsets.UTF_8))
                + "." + base64Url(sig);
    }

    String basicAuthHeader(String user) {
        String credentials = user + ":" + base64Url(randomBytes(9));
        return (rnd.nextInt(4) == 0 ? "Proxy-Authorization" : "Authorization") + ": Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    String cookieHeader() {
        return rnd.nextBoolean()
                ? "Cookie: session=" + hex(16) + "; lang=en-US; theme=dark"
                : "Set-Cookie: sid=" + base64Url(randomBytes(24)) + "; Path=/; Secure; HttpOnly; SameSite=Lax";
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    /** A public-looking or private IPv4 address with every octet in range. */
    String ipv4() {
        int first;
        do {
            first = 1 + rnd.nextInt(223);
        } while (first == 127);
        return first + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
    }
}
