package dev.ferret.identifiers.validate;

/** The Verhoeff dihedral-group check (Aadhaar); detects every single-digit error and most adjacent transpositions. */
public final class Verhoeff {

    private static final int[][] MULTIPLY = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] PERMUTE = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] INVERSE = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private Verhoeff() {
    }

    /** Whether a string of ASCII digits passes the check (its last digit being the check digit). */
    public static boolean isValid(String digits) {
        return digits.length() > 1 && checksum(digits, 0) == 0;
    }

    /** The check digit to append to {@code payload}. */
    public static int checkDigit(String payload) {
        return INVERSE[checksum(payload, 1)];
    }

    /** Folds the digits from the right (the group is not commutative, so the order matters). */
    private static int checksum(String digits, int firstPosition) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            c = MULTIPLY[c][PERMUTE[(i + firstPosition) % 8][digit]];
        }
        return c;
    }
}
