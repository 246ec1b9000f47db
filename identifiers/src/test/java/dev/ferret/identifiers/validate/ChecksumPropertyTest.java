package dev.ferret.identifiers.validate;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static dev.ferret.identifiers.validate.RandomDigits.BASE_SEED;
import static dev.ferret.identifiers.validate.RandomDigits.assertEverySingleDigitChangeRejected;
import static dev.ferret.identifiers.validate.RandomDigits.digits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Luhn, Verhoeff and mod-11 over seeded random numbers: completed numbers pass, every single-digit error fails. */
class ChecksumPropertyTest {

    @ParameterizedTest
    @ValueSource(strings = {"79927398713", "4104332181960018", "046454286"})
    void luhnAcceptsPublishedValidNumbers(String number) {
        assertTrue(Luhn.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2363", "758722", "12340"})
    void verhoeffAcceptsKnownValidNumbers(String number) {
        assertTrue(Verhoeff.isValid(number));
    }

    @RepeatedTest(100)
    void luhnDetectsEverySingleDigitError(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload = digits(random, 8 + random.nextInt(11));
        String number = payload + Luhn.checkDigit(payload);
        assertTrue(Luhn.isValid(number), "seed " + seed + ": " + number);
        assertEverySingleDigitChangeRejected(number, Luhn::isValid, seed);
    }

    @RepeatedTest(100)
    void verhoeffDetectsEverySingleDigitError(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload = digits(random, 11);
        String number = payload + Verhoeff.checkDigit(payload);
        assertTrue(Verhoeff.isValid(number), "seed " + seed + ": " + number);
        assertEverySingleDigitChangeRejected(number, Verhoeff::isValid, seed);
    }

    @RepeatedTest(100)
    void mod11DetectsEverySingleDigitError(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload = digits(random, 9);
        int check = Mod11.checkDigit(payload);
        if (check == Mod11.NO_CHECK_DIGIT) {
            for (int d = 0; d <= 9; d++) {
                assertFalse(Mod11.isValid(payload + d), "seed " + seed + ": payload " + payload + " has no valid check digit");
            }
            return;
        }
        String number = payload + check;
        assertTrue(Mod11.isValid(number), "seed " + seed + ": " + number);
        assertEverySingleDigitChangeRejected(number, Mod11::isValid, seed);
    }

    @RepeatedTest(50)
    void mod11CheckDigitMatchesTheNhsDefinition(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        String payload = digits(new Random(seed), 9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (payload.charAt(i) - '0') * (10 - i);
        }
        int expected = (11 - sum % 11) % 11;
        assertEquals(expected == 10 ? Mod11.NO_CHECK_DIGIT : expected, Mod11.checkDigit(payload), "seed " + seed);
    }
}
