package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.Random;

import static dev.ferret.identifiers.validate.RandomDigits.BASE_SEED;
import static dev.ferret.identifiers.validate.RandomDigits.assertEverySingleDigitChangeRejected;
import static dev.ferret.identifiers.validate.RandomDigits.digits;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Card numbers, SINs, Aadhaar and NHS numbers generated with a valid check digit, as people write them. */
class NationalNumberPropertyTest {

    private static final Validator CARDS = new CreditCardValidator();
    private static final Validator SIN = new CanadaSinValidator();
    private static final Validator AADHAAR = new AadhaarValidator();
    private static final Validator NHS = new UkNhsNumberValidator();

    @RepeatedTest(100)
    void generatedCardNumbersPassAndSingleDigitErrorsFail(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String[] prefixes = {"4", "51", "55", "2221", "2720", "34", "37", "6011", "3530", "62", "5019"};
        String prefix = prefixes[random.nextInt(prefixes.length)];
        int length = prefix.startsWith("3") && !prefix.equals("3530") ? 15 : 16;
        String payload = prefix + digits(random, length - prefix.length() - 1);
        String pan = payload + Luhn.checkDigit(payload);
        String grouped = length == 16 ? pan.replaceAll("(\\d{4})(?=\\d)", "$1 ") : pan;
        assertTrue(CARDS.isValid(pan, false), "seed " + seed + ": " + pan);
        assertTrue(CARDS.isValid(grouped, false), "seed " + seed + ": " + grouped);
        assertEverySingleDigitChangeRejected(pan, p -> CARDS.isValid(p, false), seed);
    }

    @RepeatedTest(100)
    void generatedSinsPassAndSingleDigitErrorsFail(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload = (1 + random.nextInt(7)) + digits(random, 7);
        String sin = payload + Luhn.checkDigit(payload);
        String dashed = sin.substring(0, 3) + "-" + sin.substring(3, 6) + "-" + sin.substring(6);
        assertTrue(SIN.isValid(sin, true), "seed " + seed + ": " + sin);
        assertTrue(SIN.isValid(dashed, true), "seed " + seed + ": " + dashed);
        assertEverySingleDigitChangeRejected(dashed, s -> SIN.isValid(s, true), seed);
    }

    @RepeatedTest(100)
    void generatedAadhaarNumbersPassAndSingleDigitErrorsFail(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload = (2 + random.nextInt(8)) + digits(random, 10);
        String aadhaar = payload + Verhoeff.checkDigit(payload);
        String spaced = aadhaar.substring(0, 4) + " " + aadhaar.substring(4, 8) + " " + aadhaar.substring(8);
        assertTrue(AADHAAR.isValid(spaced, true), "seed " + seed + ": " + spaced);
        assertEverySingleDigitChangeRejected(aadhaar, a -> AADHAAR.isValid(a, true), seed);
    }

    @RepeatedTest(100)
    void generatedNhsNumbersPassAndSingleDigitErrorsFail(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload;
        do {
            payload = digits(random, 9);
        } while (Mod11.checkDigit(payload) == Mod11.NO_CHECK_DIGIT || Digits.allSame(payload));
        String nhs = payload + Mod11.checkDigit(payload);
        String spaced = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
        assertTrue(NHS.isValid(spaced, true), "seed " + seed + ": " + spaced);
        assertEverySingleDigitChangeRejected(nhs, n -> NHS.isValid(n, true), seed);
    }
}
