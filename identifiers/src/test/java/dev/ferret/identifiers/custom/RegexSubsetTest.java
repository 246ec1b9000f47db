package dev.ferret.identifiers.custom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexSubsetTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "(a+)+$                 | capturing group",
            "EMP-(\\d+)             | capturing group",
            "(\\w)\\1               | capturing group",
            "(?:a)\\1               | back-reference",
            "(?:a)\\k<x>            | back-reference",
            "foo(?=bar)             | lookahead",
            "foo(?!bar)             | lookahead",
            "(?<=\\$)\\d+           | lookbehind",
            "(?<!x)\\d+             | lookbehind",
            "(?<year>\\d{4})        | named capturing group",
            "(?P<year>\\d{4})       | named capturing group",
            "(?>a+)b                | atomic group",
            "a++b                   | possessive quantifier",
            "a*+b                   | possessive quantifier",
            "a{2,5}+b               | possessive quantifier",
            "(?(1)ab)               | conditional",
            "a(?R)?b                | recursion",
            "a(?1)b                 | recursion",
            "/emp-\\d+/i            | global flags",
            "(?s)a.b                | inline flags",
            "(?m)^a                 | inline flags",
            "(?x) a b               | inline flags",
            "a(?#note)b             | comment",
            "(*FAIL)                | backtracking verb",
            "a\\Kb                  | match reset",
    })
    void unsupportedConstructsAreNamed(String regex, String construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegexSubset.check("regex", regex));
        assertTrue(e.getMessage().contains(construct), e.getMessage());
        assertTrue(e.getMessage().startsWith("regex "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(?:a+)+$", "(?i)emp-\\d{6}", "(?i:emp)-\\d+", "[(]\\d+[)]", "\\(\\d+\\)", "[^)(]+", "a+?b", "a??", "\\++",
            "[[:digit:]]{3}", "[]a]+", "\\d{100,}", "a|b|c", "[+*?]+"})
    void supportedPatternsPass(String regex) {
        assertNull(RegexSubset.unsupportedConstruct(regex), regex);
        RegexSubset.check("regex", regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a)", "[a-", "a**", "\\p{Nope}"})
    void malformedPatternsAreRejectedByTheLinearEngine(String regex) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegexSubset.check("regex", regex));
        assertTrue(e.getMessage().contains("not a valid regex"), e.getMessage());
    }
}
