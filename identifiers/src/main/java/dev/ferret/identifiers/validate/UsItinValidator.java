package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/** A US Individual Taxpayer Identification Number: 9XX-GG-XXXX with the IRS group ranges 50–65, 70–88, 90–92, 94–99. */
public final class UsItinValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String itin = Digits.withConsistentSeparators(value, "- ");
        if (itin == null || itin.length() != 9 || itin.charAt(0) != '9') {
            return false;
        }
        int group = Integer.parseInt(itin.substring(3, 5));
        return group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92 || group >= 94;
    }
}
