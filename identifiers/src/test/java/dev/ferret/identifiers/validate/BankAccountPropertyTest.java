package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.iban4j.CountryCode;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.math.BigInteger;
import java.util.Random;

import static dev.ferret.identifiers.validate.RandomDigits.BASE_SEED;
import static dev.ferret.identifiers.validate.RandomDigits.assertEverySingleDigitChangeRejected;
import static dev.ferret.identifiers.validate.RandomDigits.digits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IBANs and BBANs whose check digits this test computes itself (ISO 7064 mod 97-10, the French RIB key, the Spanish
 * control digits), so the validators (built on iban4j) are checked against an independent implementation.
 */
class BankAccountPropertyTest {

    private static final Validator FRANCE = new BankAccountValidator(CountryCode.FR);
    private static final Validator SPAIN = new BankAccountValidator(CountryCode.ES);
    private static final Validator GERMANY = new BankAccountValidator(CountryCode.DE);

    @RepeatedTest(100)
    void ibansPassInEveryWrittenFormAndSingleDigitErrorsFail(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        String iban = iban("DE", digits(new Random(seed), 18));
        String spaced = iban.replaceAll("(.{4})(?=.)", "$1 ");
        String hyphenated = iban.replaceAll("(.{4})(?=.)", "$1-");
        for (String form : new String[]{iban, spaced, hyphenated}) {
            assertTrue(GERMANY.isValid(form, false), "seed " + seed + ": " + form);
            assertTrue(new IbanValidator("DE").isValid(form, false), "seed " + seed + ": " + form);
            assertFalse(new IbanValidator("NL").isValid(form, false), "seed " + seed + ": German IBAN taken as Dutch " + form);
        }
        assertEverySingleDigitChangeRejected(iban, i -> GERMANY.isValid(i, false), seed);
    }

    @RepeatedTest(100)
    void frenchBbansNeedAKeywordAndAValidRibKey(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String bank = digits(random, 5);
        String branch = digits(random, 5);
        String account = digits(random, 11);
        BigInteger sum = new BigInteger(bank).multiply(BigInteger.valueOf(89))
                .add(new BigInteger(branch).multiply(BigInteger.valueOf(15)))
                .add(new BigInteger(account).multiply(BigInteger.valueOf(3)));
        int key = 97 - sum.mod(BigInteger.valueOf(97)).intValue();
        String bban = bank + branch + account + String.format("%02d", key);
        assertTrue(FRANCE.isValid(bban, true), "seed " + seed + ": " + bban);
        assertFalse(FRANCE.isValid(bban, false), "seed " + seed + ": BBAN accepted without keyword " + bban);
        assertTrue(FRANCE.isValid(iban("FR", bban), false), "seed " + seed + ": IBAN of " + bban);
        assertEverySingleDigitChangeRejected(bban, b -> FRANCE.isValid(b, true), seed);
    }

    @RepeatedTest(100)
    void spanishBbansNeedAKeywordAndValidControlDigits(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String entityAndOffice = digits(random, 8);
        String account = digits(random, 10);
        String bban = entityAndOffice + spanishControl("00" + entityAndOffice) + spanishControl(account) + account;
        String written = bban.substring(0, 4) + " " + bban.substring(4, 8) + " " + bban.substring(8, 10) + " " + bban.substring(10);
        assertTrue(SPAIN.isValid(written, true), "seed " + seed + ": " + written);
        assertFalse(SPAIN.isValid(written, false), "seed " + seed + ": BBAN accepted without keyword " + written);
        // Mapping control value 10 to 1 lets some single-digit errors through, so compare with the definition instead.
        for (int i = 0; i < bban.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                String changed = bban.substring(0, i) + d + bban.substring(i + 1);
                assertEquals(hasSpanishControlDigits(changed), SPAIN.isValid(changed, true), "seed " + seed + ": " + changed);
            }
        }
    }

    private static boolean hasSpanishControlDigits(String bban) {
        return bban.charAt(8) - '0' == spanishControl("00" + bban.substring(0, 8))
                && bban.charAt(9) - '0' == spanishControl(bban.substring(10));
    }

    private static int spanishControl(String tenDigits) {
        int[] weights = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (tenDigits.charAt(i) - '0') * weights[i];
        }
        int control = 11 - sum % 11;
        return control == 11 ? 0 : control == 10 ? 1 : control;
    }

    /** The IBAN for a BBAN, with check digits from ISO 7064 mod 97-10 (letters count 10 to 35). */
    private static String iban(String country, String bban) {
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            numeric.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }
}
