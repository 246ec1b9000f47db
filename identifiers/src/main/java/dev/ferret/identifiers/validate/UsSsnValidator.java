package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * A US Social Security number as the SSA issues them: area not 000, 666 or 900–999 (those are ITINs), group not 00,
 * serial not 0000; and not one of the well-known fake numbers printed in advertising.
 */
public final class UsSsnValidator implements Validator {

    /** 078-05-1120 (the Woolworth wallet card) and 219-09-9999 (an SSA advertisement). */
    private static final Set<String> PUBLISHED_FAKES = Set.of("078051120", "219099999");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String ssn = Digits.withConsistentSeparators(value, "- ");
        if (ssn == null || ssn.length() != 9 || PUBLISHED_FAKES.contains(ssn)) {
            return false;
        }
        int area = Integer.parseInt(ssn.substring(0, 3));
        int group = Integer.parseInt(ssn.substring(3, 5));
        int serial = Integer.parseInt(ssn.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
