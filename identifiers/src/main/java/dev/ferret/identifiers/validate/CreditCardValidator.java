package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * A payment card number (PAN): 13–19 digits, one kind of separator at most, a known issuer prefix and length, Luhn-valid,
 * and not one of the published test numbers that Macie never reports.
 */
public final class CreditCardValidator implements Validator {

    /** Macie's list of excluded test PANs (reference macie.md §1.3). */
    private static final Set<String> TEST_NUMBERS = Set.of(
            "122000000000003", "2222405343248877", "2222990905257051", "2223007648726984", "2223577120017656",
            "30569309025904", "34343434343434", "3528000700000000", "3530111333300000", "3566002020360505",
            "36148900647913", "36700102000000", "371449635398431", "378282246310005", "378734493671000",
            "38520000023237", "4012888888881881", "4111111111111111", "4222222222222", "4444333322221111",
            "4462030000000000", "4484070000000000", "4911830000000", "4917300800000000", "4917610000000000",
            "4917610000000000003", "5019717010103742", "5105105105105100", "5111010030175156", "5185540810000019",
            "5200828282828210", "5204230080000017", "5204740009900014", "5420923878724339", "5454545454545454",
            "5455330760000018", "5506900490000436", "5506900490000444", "5506900510000234", "5506920809243667",
            "5506922400634930", "5506927427317625", "5553042241984105", "5555553753048194", "5555555555554444",
            "5610591081018250", "6011000990139424", "6011000400000000", "6011111111111117", "630490017740292441",
            "630495060000000000", "6331101999990016", "6759649826438453", "6799990100000000019", "76009244561");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String pan = Digits.withConsistentSeparators(value, " -");
        return pan != null && pan.length() >= 13 && pan.length() <= 19
                && CardIssuers.isKnown(pan) && Luhn.isValid(pan) && !TEST_NUMBERS.contains(pan);
    }
}
