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
}
