package dev.ferret.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaxMatchLengthTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "abc;3",
            "\\b[0-9]{3}[- ]?[0-9]{2}\\b;6",
            "(?:ab|c){2,4};8",
            "x(?:[a-z]{1,10}){0,3}y?;32",
            "[\\]a]{5}|\\.;5",
            "a*;" + MaxMatchLength.UNBOUNDED,
            "x[0-9]+y;" + MaxMatchLength.UNBOUNDED,
            "(?:x{3,}){2};" + MaxMatchLength.UNBOUNDED})
    void computesTheLongestMatch(String regex, long expected) {
        assertEquals(expected, MaxMatchLength.of(regex));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a)", "(?:a", "+a"})
    void rejectsUnsupportedPatterns(String regex) {
        assertThrows(RuntimeException.class, () -> MaxMatchLength.of(regex));
    }
}
