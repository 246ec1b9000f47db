package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A German Steuer-Identifikationsnummer: eleven digits, first not 0; in the first ten exactly one digit occurs twice or
 * three times (three never all adjacent) and every other digit at most once; the last is the ISO 7064 MOD 11,10 check
 * digit, which catches every single-digit error.
 */
public final class GermanyTaxIdValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String id = Digits.withConsistentSeparators(value, " /");
        return id != null && id.length() == 11 && id.charAt(0) != '0' && repetitionRuleHolds(id.substring(0, 10))
                && id.charAt(10) - '0' == checkDigit(id.substring(0, 10));
    }

    static boolean repetitionRuleHolds(String tenDigits) {
        int[] counts = new int[10];
        tenDigits.chars().forEach(c -> counts[c - '0']++);
        int repeated = -1;
        for (int d = 0; d < 10; d++) {
            if (counts[d] > 3 || counts[d] > 1 && repeated >= 0) {
                return false;
            }
            if (counts[d] > 1) {
                repeated = d;
            }
        }
        return repeated >= 0 && !tenDigits.contains(String.valueOf((char) ('0' + repeated)).repeat(3));
    }

    /** ISO 7064 MOD 11,10 (a hybrid system with product and sum). */
    static int checkDigit(String payload) {
        int product = 10;
        for (int i = 0; i < payload.length(); i++) {
            int sum = (payload.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
