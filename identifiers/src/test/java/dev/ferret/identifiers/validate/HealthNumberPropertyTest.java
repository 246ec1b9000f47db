package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.Random;

import static dev.ferret.identifiers.validate.RandomDigits.BASE_SEED;
import static dev.ferret.identifiers.validate.RandomDigits.assertEverySingleDigitChangeRejected;
import static dev.ferret.identifiers.validate.RandomDigits.digits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health and provider numbers whose check digits this test computes from the published definitions, over seeded random
 * payloads: the completed number passes, every single-digit error fails.
 */
class HealthNumberPropertyTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599"})
    void npiAcceptsCmsPublishedExamples(String npi) {
        assertTrue(new UsNpiValidator().isValid(npi, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9032"})
    void finnishIdentityCodeAcceptsPublishedExamples(String code) {
        assertTrue(new FinlandHealthNumberValidator().isValid(code, true));
    }

    @RepeatedTest(100)
    void deaNumbers(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String serial = digits(random, 6);
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (serial.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
        }
        String dea = "AB" + serial + sum % 10;
        Validator validator = new UsDeaNumberValidator();
        assertTrue(validator.isValid(dea, true), "seed " + seed + ": " + dea);
        assertFalse(validator.isValid("IB" + dea.substring(2), true), "seed " + seed + ": registrant type I is not issued");
        // The documented blind spot: a doubled digit (2nd, 4th, 6th) changed by 5 moves the sum by 10.
        for (int i = 2; i < 9; i++) {
            for (char d = '0'; d <= '9'; d++) {
                int delta = Math.abs(d - dea.charAt(i));
                if (delta != 0) {
                    String changed = dea.substring(0, i) + d + dea.substring(i + 1);
                    boolean blindSpot = (i == 3 || i == 5 || i == 7) && delta == 5;
                    assertEquals(blindSpot, validator.isValid(changed, true), "seed " + seed + ": " + changed + " from " + dea);
                }
            }
        }
    }

    @RepeatedTest(100)
    void nationalProviderIdentifiers(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String payload = (1 + random.nextInt(2)) + digits(random, 8);
        String npi = payload + Luhn.checkDigit("80840" + payload);
        Validator validator = new UsNpiValidator();
        assertTrue(validator.isValid(npi, true), "seed " + seed + ": " + npi);
        assertEverySingleDigitChangeRejected(npi, n -> validator.isValid(n, true), seed);
    }

    @RepeatedTest(100)
    void frenchNirKeyIs97MinusTheBodyMod97(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String month = String.format("%02d", 1 + random.nextInt(12));
        String body = (1 + random.nextInt(2)) + digits(random, 2) + month + digits(random, 8);
        int key = 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue();
        String nir = body + String.format("%02d", key);
        Validator validator = new FranceNirValidator();
        assertTrue(validator.isValid(nir, true), "seed " + seed + ": " + nir);
        String spaced = nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " " + nir.substring(5, 7)
                + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " " + nir.substring(13);
        assertTrue(validator.isValid(spaced, true), "seed " + seed + ": " + spaced);
        assertEverySingleDigitChangeRejected(nir, n -> validator.isValid(n, true), seed);
    }

    @RepeatedTest(50)
    void corsicanNirReadsTwoAAsNineteen(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String tail = digits(random, 6);
        String prefix = "1" + digits(random, 2) + "07";
        int key = 97 - new BigInteger(prefix + "19" + tail).mod(BigInteger.valueOf(97)).intValue();
        String nir = prefix + "2A" + tail + String.format("%02d", key);
        assertTrue(new FranceNirValidator().isValid(nir, true), "seed " + seed + ": " + nir);
        assertFalse(new FranceNirValidator().isValid(nir.replace("2A", "2B"), true), "seed " + seed + ": " + nir);
    }

    @RepeatedTest(100)
    void britishColumbiaAndOntarioHealthNumbers(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Validator validator = new CanadaHealthNumberValidator();
        String bcPayload = "9" + digits(random, 8);
        int sum = 0;
        int[] weights = {2, 4, 8, 5, 10, 9, 7, 3};
        for (int i = 0; i < 8; i++) {
            sum += (bcPayload.charAt(i + 1) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        if (check < 10) {
            String phn = bcPayload + check;
            assertTrue(validator.isValid(phn, true), "seed " + seed + ": " + phn);
            // the leading 9 selects the BC rule; changing it selects Ontario's, which has its own test
            assertEverySingleDigitChangeRejected(phn.substring(1), rest -> validator.isValid("9" + rest, true), seed);
        } else {
            for (int d = 0; d <= 9; d++) {
                assertFalse(validator.isValid(bcPayload + d, true), "seed " + seed + ": payload " + bcPayload + " has no check digit");
            }
        }
        String onPayload = (1 + random.nextInt(8)) + digits(random, 8);
        String ontario = onPayload + Luhn.checkDigit(onPayload);
        assertTrue(validator.isValid(ontario, true), "seed " + seed + ": " + ontario);
        assertTrue(validator.isValid(ontario.substring(0, 4) + "-" + ontario.substring(4, 7) + "-" + ontario.substring(7) + "-AB", true),
                "seed " + seed + ": with version code " + ontario);
        assertEverySingleDigitChangeRejected(ontario.substring(1),
                rest -> validator.isValid(ontario.charAt(0) + rest, true), seed);
    }

    @RepeatedTest(100)
    void finnishIdentityCodes(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String date = String.format("%02d%02d%02d", 1 + random.nextInt(28), 1 + random.nextInt(12), random.nextInt(100));
        String individual = String.format("%03d", 2 + random.nextInt(898));
        char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(date + individual) % 31);
        String code = date + "-+AY".charAt(random.nextInt(4)) + individual + check;
        Validator validator = new FinlandHealthNumberValidator();
        assertTrue(validator.isValid(code, true), "seed " + seed + ": " + code);
        assertEverySingleDigitChangeRejected(code, c -> validator.isValid(c, true), seed);
    }

    @RepeatedTest(100)
    void gs1GtinCheckDigits(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        String payload = digits(new Random(seed), 13);
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (payload.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1); // 13 digits: weight 3 on the first, last, every other
        }
        String udi = "(01)" + payload + (10 - sum % 10) % 10;
        Validator validator = new MedicalDeviceUdiValidator();
        if (!payload.chars().allMatch(c -> c == payload.charAt(0))) {
            assertTrue(validator.isValid(udi, true), "seed " + seed + ": " + udi);
            assertEverySingleDigitChangeRejected(udi.replace("(01)", "(XX)"),
                    u -> validator.isValid(u.replace("(XX)", "(01)"), true), seed);
        }
    }

    @RepeatedTest(100)
    void hibccModulus43CheckCharacters(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder data = new StringBuilder("+").append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 3 + random.nextInt(15); i++) {
            data.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        data.append((char) ('0' + random.nextInt(10)));
        String full = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";
        int sum = data.chars().map(full::indexOf).sum();
        String udi = data.toString() + full.charAt(sum % 43);
        Validator validator = new MedicalDeviceUdiValidator();
        assertTrue(validator.isValid(udi, true), "seed " + seed + ": " + udi);
        for (int i = 1; i < udi.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != udi.charAt(i)) {
                    String changed = udi.substring(0, i) + c + udi.substring(i + 1);
                    assertFalse(validator.isValid(changed, true), "seed " + seed + ": accepted " + changed + " one off " + udi);
                }
            }
        }
        assertEquals(full.charAt(sum % 43), MedicalDeviceUdiValidator.hibccCheck(data.toString()), "seed " + seed);
    }
}
