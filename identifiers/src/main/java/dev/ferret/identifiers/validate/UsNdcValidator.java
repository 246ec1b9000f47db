package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A US National Drug Code: labeler, product and package segments in one of the FDA's ten-digit layouts 4-4-2, 5-3-2
 * or 5-4-1, or the eleven-digit 5-4-2 layout used in billing; unhyphenated, ten or eleven digits. No segment all zero.
 */
public final class UsNdcValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String[] segments = value.split("-", -1);
        if (segments.length == 1) {
            return (value.length() == 10 || value.length() == 11) && !Digits.allSame(value);
        }
        if (segments.length != 3) {
            return false;
        }
        String layout = segments[0].length() + "-" + segments[1].length() + "-" + segments[2].length();
        boolean known = layout.equals("4-4-2") || layout.equals("5-3-2") || layout.equals("5-4-1") || layout.equals("5-4-2");
        for (String segment : segments) {
            if (segment.chars().allMatch(c -> c == '0')) {
                return false;
            }
        }
        return known;
    }
}
