package dev.ferret.identifiers.validate;

/** The Luhn (mod 10) check used by payment cards and Canadian SINs; detects every single-digit error. */
public final class Luhn {

    private Luhn() {
    }

    /** Whether a string of ASCII digits passes the Luhn check (its last digit being the check digit). */
    public static boolean isValid(String digits) {
        return digits.length() > 1 && sum(digits, false) % 10 == 0;
    }

    /** The check digit to append to {@code payload}. */
    public static int checkDigit(String payload) {
        return (10 - sum(payload, true) % 10) % 10;
    }

    /** Luhn sum, doubling every second digit from the right; {@code doubleLast} when the check digit is not yet there. */
    private static int sum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }
}
