package dev.ferret.corpus;

/**
 * Check-digit algorithms used to build valid values. Written here, independently of the scanner's validators, so
 * that a bug in a validator shows up as a miss in the accuracy report instead of being copied into the ground truth.
 */
final class CheckDigits {

    private static final int[][] VERHOEFF_D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] VERHOEFF_INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private CheckDigits() {
    }

    /** The Luhn digit that makes {@code payload + digit} valid. */
    static int luhn(String payload) {
        int sum = 0;
        boolean dbl = true; // the digit next to the check digit is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean luhnValid(String digits) {
        return luhn(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The Verhoeff digit that makes {@code payload + digit} valid (Aadhaar). */
    static int verhoeff(String payload) {
        int c = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][digit]];
        }
        return VERHOEFF_INV[c];
    }

    /** The NHS modulus-11 check digit of nine digits, or -1 when none exists (the remainder gives 10). */
    static int nhs(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
    private static final String VIN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /** The ISO 3779 check character (position 9) of a 17-character VIN whose position 9 is ignored. */
    static char vin(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += vinValue(vin.charAt(i)) * VIN_WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** ISO 3779 transliteration: A-H → 1-8, J-R → 1-9 (no O, Q), S-Z → 2-9. */
    private static int vinValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int i = VIN_LETTERS.indexOf(c);
        return i < 8 ? i + 1 : i < 13 ? i - 7 : i == 13 ? 7 : i == 14 ? 9 : i - 13;
    }

    static String vinAlphabet() {
        return VIN_LETTERS + "0123456789";
    }

    /** The two mod-11 check digits of a Brazilian CPF's first nine digits. */
    static String cpf(String nineDigits) {
        int d1 = cpfDigit(nineDigits, 10);
        int d2 = cpfDigit(nineDigits + d1, 11);
        return "" + d1 + d2;
    }

    private static int cpfDigit(String digits, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (firstWeight - i);
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    // ---- Financial, health and credential identifiers (FinancialCatalogueValues, HealthCatalogueValues,
    // CredentialCatalogueValues) ----

    private static final int[] BC_PHN_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3};
    private static final String HIBCC_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";
    private static final String FINNISH_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /**
     * The two ISO 7064 mod 97-10 check digits of an IBAN: the BBAN, the country code and "00", letters as 10–35,
     * taken modulo 97 and subtracted from 98.
     */
    static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            mod = c >= '0' && c <= '9' ? (mod * 10 + c - '0') % 97 : (mod * 100 + c - 'A' + 10) % 97;
        }
        int check = 98 - mod;
        return check < 10 ? "0" + check : String.valueOf(check);
    }

    /**
     * The check digit of a British Columbia Personal Health Number (ten digits, starting with 9): 11 minus the sum of
     * digits two to nine weighted 2, 4, 8, 5, 10, 9, 7, 3, modulo 11; -1 where that gives 10 or 11 (no such PHN).
     */
    static int bcPhn(String firstNine) {
        int sum = 0;
        for (int i = 0; i < BC_PHN_WEIGHTS.length; i++) {
            sum += (firstNine.charAt(i + 1) - '0') * BC_PHN_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check >= 10 ? -1 : check;
    }

    /** The DEA registration check digit: the last digit of d1 + d3 + d5 + 2 (d2 + d4 + d6). */
    static int dea(String sixDigits) {
        int odd = 0;
        int even = 0;
        for (int i = 0; i < 6; i++) {
            if (i % 2 == 0) {
                odd += sixDigits.charAt(i) - '0';
            } else {
                even += sixDigits.charAt(i) - '0';
            }
        }
        return (odd + 2 * even) % 10;
    }

    /** The GS1 mod-10 check digit (GTIN): weights 3 and 1 alternating from the rightmost payload digit. */
    static int gs1(String payload) {
        int sum = 0;
        boolean three = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            sum += (payload.charAt(i) - '0') * (three ? 3 : 1);
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** The HIBCC modulus-43 check character of the data before it, the leading '+' included. */
    static char hibcc(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += HIBCC_ALPHABET.indexOf(data.charAt(i));
        }
        return HIBCC_ALPHABET.charAt(sum % 43);
    }

    static String hibccAlphabet() {
        return HIBCC_ALPHABET;
    }

    /** The check character of a Finnish personal identity code: the nine digits (date, individual number) mod 31. */
    static char finnishIdentityCode(String nineDigits) {
        return FINNISH_CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % 31);
    }

    /** The checksum that GitHub and npm append to a token's random part: its CRC32 in six base62 digits. */
    static String tokenCrc32(String randomPart) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(randomPart.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(out);
    }


    // ---- National ID, tax ID and licence numbers (IdentityCatalogueValues) ----

    /** Σ digit × weight, the weights aligned with the digits from the left. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** Σ digit × weight, the first weight on the rightmost digit. */
    static int weightedSumFromRight(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * weights[i % weights.length];
        }
        return sum;
    }

    /** An Argentine CUIT/CUIL check digit of ten digits (weights 5 4 3 2 7 6 5 4 3 2), or -1 for 10 (never issued). */
    static int cuit(String ten) {
        int check = 11 - weightedSum(ten, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** The ninth digit of an Australian TFN (weights 1 4 3 7 5 8 6 9 10, sum divisible by 11), or -1 when none fits. */
    static int tfn(String eight) {
        // 10 is -1 modulo 11, so the last digit must equal the weighted sum of the first eight, modulo 11
        int check = weightedSum(eight, new int[] {1, 4, 3, 7, 5, 8, 6, 9}) % 11;
        return check == 10 ? -1 : check;
    }

    /** The two check digits of a Brazilian CNPJ's first twelve digits. */
    static String cnpj(String twelve) {
        int d1 = mod11Digit(weightedSum(twelve, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}));
        int d2 = mod11Digit(weightedSum(twelve + d1, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}));
        return "" + d1 + d2;
    }

    private static int mod11Digit(int sum) {
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    /** The Chilean RUN/RUT check character: weights 2–7 from the right, 11 − sum mod 11, 11 is 0 and 10 is K. */
    static char rut(String body) {
        int check = 11 - weightedSumFromRight(body, new int[] {2, 3, 4, 5, 6, 7}) % 11;
        return check == 11 ? '0' : check == 10 ? 'K' : (char) ('0' + check);
    }

    /** The Colombian NIT verification digit (DIAN prime weights from the right; remainders 0 and 1 stand as they are). */
    static int nit(String body) {
        int r = weightedSumFromRight(body, new int[] {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71}) % 11;
        return r < 2 ? r : 11 - r;
    }

    /** The key of a French NIR's thirteen characters: 97 − (number mod 97), Corsica's 2A and 2B read as 19 and 18. */
    static int nirKey(String thirteen) {
        String department = thirteen.substring(5, 7);
        String digits = thirteen.substring(0, 5)
                + (department.equals("2A") ? "19" : department.equals("2B") ? "18" : department) + thirteen.substring(7);
        return 97 - (int) (Long.parseLong(digits) % 97);
    }

    /** The last three digits of a French numéro fiscal (SPI): the first ten, modulo 511. */
    static String spi(String ten) {
        return String.format("%03d", Long.parseLong(ten) % 511);
    }

    /** The ICAO 9303 check digit (weights 7 3 1; letters A–Z count 10–35) of a machine-readable document number. */
    static int icao(String s) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i % 3];
        }
        return sum % 10;
    }

    /** The ISO 7064 MOD 11,10 check digit (German Steuer-IdNr). */
    static int iso7064Mod11Of10(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /** Values of the characters in odd positions (1st, 3rd, …) of an Italian codice fiscale: A–Z, and 0–9 as A–J. */
    private static final int[] CODICE_FISCALE_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23};

    /** The check letter of an Italian codice fiscale's first fifteen characters. */
    static char codiceFiscale(String fifteen) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = fifteen.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            // in even positions digits count as themselves and letters A–Z as 0–25
            sum += i % 2 == 0 ? CODICE_FISCALE_ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    /** The check digit of a Mexican CURP's first seventeen characters (RENAPO). */
    static int curp(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CURP_ALPHABET.indexOf(seventeen.charAt(i)) * (18 - i);
        }
        return (10 - sum % 10) % 10;
    }

    private static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    /** The check character of a Mexican RFC without it (12 characters for people, 11 for organisations: SAT). */
    static char rfc(String payload) {
        String twelve = payload.length() == 11 ? " " + payload : payload;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += RFC_ALPHABET.indexOf(twelve.charAt(i)) * (13 - i);
        }
        int r = sum % 11;
        return r == 0 ? '0' : r == 1 ? 'A' : (char) ('0' + 11 - r);
    }

    /** The letter of a Spanish DNI or NIE number (after X/Y/Z became 0/1/2), or of a K/L/M NIF's seven digits. */
    static char dniLetter(long number) {
        return "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (number % 23));
    }

    /** The control value 0–9 of a Spanish CIF's seven digits (written as a digit, or as the letter JABCDEFGHI[value]). */
    static int cifControl(String seven) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = seven.charAt(i) - '0';
            sum += i % 2 == 1 ? d : 2 * d / 10 + 2 * d % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** The control digits of a Spanish Seguridad Social number (Tesorería General: a number under 10^7 loses its zero). */
    static int spainSocialSecurity(int province, long number) {
        long joined = number < 10_000_000L ? province * 10_000_000L + number : province * 100_000_000L + number;
        return (int) (joined % 97);
    }

    /** The first digit of a UK Unique Taxpayer Reference: HMRC's weights 6 7 8 9 10 5 4 3 2 over the other nine. */
    static int utr(String nine) {
        int check = 11 - weightedSum(nine, new int[] {6, 7, 8, 9, 10, 5, 4, 3, 2}) % 11;
        return check > 9 ? check - 9 : check;
    }
}
