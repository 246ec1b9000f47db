package dev.ferret.identifiers.validate;

import java.util.Random;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Helpers for the seeded property tests of the checksum validators. */
final class RandomDigits {

    /** Each repetition of a property test uses seed {@code BASE_SEED + repetition}, printed in every failure message. */
    static final long BASE_SEED = 0x5EED_F3E7L;

    private RandomDigits() {
    }

    static String digits(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** Asserts that changing any one digit of {@code number} (to any other digit) makes {@code valid} reject it. */
    static void assertEverySingleDigitChangeRejected(String number, Predicate<String> valid, long seed) {
        for (int i = 0; i < number.length(); i++) {
            char original = number.charAt(i);
            if (original < '0' || original > '9') {
                continue;
            }
            for (char d = '0'; d <= '9'; d++) {
                if (d != original) {
                    String changed = number.substring(0, i) + d + number.substring(i + 1);
                    assertFalse(valid.test(changed), "seed " + seed + ": accepted " + changed + ", one digit off " + number);
                }
            }
        }
    }
}
