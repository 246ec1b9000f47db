package dev.ferret.core.confirm;

import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.custom.CustomDataIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Classic patterns that make backtracking engines run for ages, over long inputs. Custom identifiers only ever run on
 * the linear-time engines, so these finish (no timing is asserted) and give the right answers.
 */
class CatastrophicPatternTest {

    private static final String MEGABYTE_OF_A = "a".repeat(1 << 20);

    static Stream<Arguments> patterns() {
        List<Arguments> out = new ArrayList<>();
        for (EngineChoice engine : List.of(EngineChoice.RE2J, EngineChoice.AUTO)) {
            // (a+)+$ written without the capturing group: all of the a's, once, anchored at the end
            out.add(Arguments.of("(?:a+)+$", MEGABYTE_OF_A, List.of(1 << 20), engine));
            // no b: nothing matches, however the alternation could split the a's
            out.add(Arguments.of("(?:a|a)*b", MEGABYTE_OF_A, List.of(), engine));
            out.add(Arguments.of("(?:a|aa)+c", MEGABYTE_OF_A, List.of(), engine));
            out.add(Arguments.of("(?:a*)*b", MEGABYTE_OF_A, List.of(), engine));
            // twenty a's each preceded by anything: leftmost-longest takes the whole text in one match
            out.add(Arguments.of("(?:.*a){20}", MEGABYTE_OF_A, List.of(1 << 20), engine));
            // an almost-match: the only b is at the end
            out.add(Arguments.of("(?:a|a)*b", MEGABYTE_OF_A + "b", List.of((1 << 20) + 1), engine));
            out.add(Arguments.of("(?:x+x+)+y", "x".repeat(100_000), List.of(), engine));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {3}")
    @MethodSource("patterns")
    void linearEnginesFinishWithTheRightMatches(String regex, String text, List<Integer> matchLengths, EngineChoice engine) {
        CustomDataIdentifier identifier = CustomDataIdentifier.of("evil", null, regex, null, null, null, null);
        List<Integer> lengths = Detect.found(identifier.toDefinition(), engine, text).stream().map(String::length).toList();
        assertEquals(matchLengths, lengths, regex);
    }
}
