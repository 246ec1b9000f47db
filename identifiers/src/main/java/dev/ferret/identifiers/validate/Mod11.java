package dev.ferret.identifiers.validate;

/**
 * The weighted modulus-11 check of UK NHS numbers: weights 10 down to 2 over the first nine digits, check digit
 * {@code 11 - sum mod 11} (11 becomes 0; 10 means the number is never issued). Detects every single-digit error.
 */
public final class Mod11 {

    /** Returned by {@link #checkDigit} for a payload no valid number can have. */
    public static final int NO_CHECK_DIGIT = -1;

    private Mod11() {
    }

    /** Whether ten ASCII digits pass the check. */
    public static boolean isValid(String digits) {
        return digits.length() == 10 && checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The check digit for nine payload digits, or {@link #NO_CHECK_DIGIT}. */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            sum += (payload.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? NO_CHECK_DIGIT : check;
    }
}
