package dev.ferret.identifiers.custom;

import dev.ferret.identifiers.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per Macie limit: the definition breaks only that limit, and the error names the field and the limit. */
class CustomIdentifierLimitsTest {

    private static final String REGEX = "EMP-[0-9]{6}";

    private static String chars(int n) {
        return "x".repeat(n);
    }

    private static List<String> words(int count, int length) {
        return IntStream.range(0, count).mapToObj(i -> (char) ('a' + i % 26) + chars(length - 1)).toList();
    }

    static Stream<Arguments> brokenLimits() {
        return Stream.of(
                Arguments.of("name", "128", (Supplier<?>) () -> CustomDataIdentifier.of(chars(129), null, REGEX, null, null, null, null)),
                Arguments.of("name", "required", (Supplier<?>) () -> CustomDataIdentifier.of(" ", null, REGEX, null, null, null, null)),
                Arguments.of("description", "512", (Supplier<?>) () -> CustomDataIdentifier.of("n", chars(513), REGEX, null, null, null, null)),
                Arguments.of("regex", "512", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, "a".repeat(513), null, null, null, null)),
                Arguments.of("regex", "required", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, "", null, null, null, null)),
                Arguments.of("keywords", "50", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, words(51, 5), null, null, null)),
                Arguments.of("keywords[0]", "3 to 90", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, List.of("ab"), null, null, null)),
                Arguments.of("keywords[1]", "3 to 90", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, List.of("abc", chars(91)), null, null, null)),
                Arguments.of("ignoreWords", "10", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, words(11, 5), null, null)),
                Arguments.of("ignoreWords[0]", "4 to 90", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, List.of("abc"), null, null)),
                Arguments.of("ignoreWords[0]", "4 to 90", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, List.of(chars(91)), null, null)),
                Arguments.of("maximumMatchDistance", "1 to 300", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, null, 0, null)),
                Arguments.of("maximumMatchDistance", "1 to 300", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, null, 301, null)),
                Arguments.of("severityLevels", "3", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, null, null,
                        List.of(level(1, Severity.LOW), level(2, Severity.MEDIUM), level(3, Severity.HIGH), level(4, Severity.HIGH)))),
                Arguments.of("severityLevels", "ascend", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, null, null,
                        List.of(level(10, Severity.LOW), level(5, Severity.MEDIUM)))),
                Arguments.of("severityLevels", "ascend", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, null, null,
                        List.of(level(1, Severity.HIGH), level(5, Severity.MEDIUM)))),
                Arguments.of("occurrencesThreshold", "at least 1", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, REGEX, null, null, null,
                        List.of(level(0, Severity.LOW)))),
                Arguments.of("regex", "capturing group", (Supplier<?>) () -> CustomDataIdentifier.of("n", null, "(EMP)-[0-9]+", null, null, null, null)));
    }

    private static SeverityLevel level(long threshold, Severity severity) {
        return new SeverityLevel(threshold, severity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenLimits")
    void eachLimitIsEnforcedWithAMessageNamingFieldAndLimit(String field, String limit, Supplier<?> create) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, create::get);
        assertTrue(e.getMessage().contains(field), e.getMessage());
        assertTrue(e.getMessage().contains(limit), e.getMessage());
    }

    @Test
    void valuesAtTheLimitsAreAccepted() {
        CustomDataIdentifier c = CustomDataIdentifier.of(chars(128), chars(512), "a".repeat(512), words(50, 90),
                words(10, 4), 300, List.of(level(1, Severity.LOW), level(10, Severity.MEDIUM), level(100, Severity.HIGH)));
        assertEquals(50, c.keywords().size());
        assertEquals(300, CustomDataIdentifier.of("n", null, REGEX, List.of("abc"), null, 300, null).maximumMatchDistance());
        assertEquals(1, CustomDataIdentifier.of("n", null, REGEX, null, null, 1, null).maximumMatchDistance());
        assertEquals(CustomDataIdentifier.DEFAULT_MAXIMUM_MATCH_DISTANCE,
                CustomDataIdentifier.of("n", null, REGEX, null, null, null, null).maximumMatchDistance());
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        // 128 accented letters are 256 UTF-8 bytes but 128 characters, as Macie counts them
        assertEquals(128, CustomDataIdentifier.of("é".repeat(128), null, REGEX, null, null, null, null).name().length());
    }

    @Test
    void aJobTakesAtMostThirtyWithUniqueNames() {
        List<CustomDataIdentifier> thirtyOne = IntStream.range(0, 31)
                .mapToObj(i -> CustomDataIdentifier.of("id" + i, null, REGEX, null, null, null, null)).toList();
        CustomIdentifierLimits.checkJob(thirtyOne.subList(0, 30));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> CustomIdentifierLimits.checkJob(thirtyOne));
        assertTrue(tooMany.getMessage().contains("30"), tooMany.getMessage());
        CustomDataIdentifier one = thirtyOne.get(0);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CustomIdentifierLimits.checkJob(Collections.nCopies(2, one)));
        assertTrue(twice.getMessage().contains("name"), twice.getMessage());
    }
}
