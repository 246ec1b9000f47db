package dev.ferret.identifiers.validate;

/**
 * The ICAO 9303 machine-readable-zone check digit: characters valued 0–9, A=10 … Z=35, {@code <}=0, weighted 7, 3, 1
 * repeating, sum mod 10. The weights are prime to 10, so any single changed digit changes the check digit.
 */
final class MrzCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {
    }

    static int of(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }
}
