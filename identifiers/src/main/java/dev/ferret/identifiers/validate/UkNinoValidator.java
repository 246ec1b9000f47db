package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * A UK National Insurance number: two prefix letters (neither D, F, I, Q, U nor V; the second not O; not one of the
 * never-issued pairs BG, GB, NK, KN, TN, NT, ZZ), six digits, suffix A–D. Spaces are allowed between the parts.
 */
public final class UkNinoValidator implements Validator {

    private static final String NEVER_USED = "DFIQUV";
    private static final Set<String> NEVER_ISSUED_PREFIXES = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String nino = value.replace(" ", "");
        if (nino.length() != 9) {
            return false;
        }
        char first = nino.charAt(0);
        char second = nino.charAt(1);
        char suffix = nino.charAt(8);
        return isLetter(first) && isLetter(second)
                && NEVER_USED.indexOf(first) < 0 && NEVER_USED.indexOf(second) < 0 && second != 'O'
                && !NEVER_ISSUED_PREFIXES.contains(nino.substring(0, 2))
                && nino.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')
                && suffix >= 'A' && suffix <= 'D';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
