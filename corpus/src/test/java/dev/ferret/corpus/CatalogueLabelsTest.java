package dev.ferret.corpus;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.ferret.core.confirm.KeywordRegex;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.identifiers.Validator;
import dev.ferret.identifiers.Validators;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registers' labels give each planted value one identifier that must report it: a label holds a keyword of the
 * identifier it plants, and no keyword of another identifier whose pattern and validator would confirm a value of that
 * identifier (other than inside a longer detection of the planted identifier, which the scanner drops). Keywords are
 * matched by the scanner's own rules: case- and accent-insensitive, a space also matching no space, {@code _} or
 * {@code -}, whole words, in the label as written and read as words (as a CSV header is).
 */
class CatalogueLabelsTest {

    private static final long SEED = 20261126L;
    /** Values drawn per identifier: enough to hit every form a generator picks among (at most a few). */
    private static final int VALUES = 300;

    private final Map<String, IdentifierDefinition> catalogue = new HashMap<>();
    private final Map<String, List<Pattern>> keywords = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    CatalogueLabelsTest() {
        for (IdentifierDefinition d : ManagedCatalogue.get().all()) {
            catalogue.put(d.id(), d);
            keywords.put(d.id(), d.usesKeywords()
                    ? d.keywords().stream().map(k -> Pattern.compile(KeywordRegex.of(k), Pattern.CASE_INSENSITIVE)).toList()
                    : List.of());
            patterns.put(d.id(), Pattern.compile(d.regex(), d.caseInsensitive() ? Pattern.CASE_INSENSITIVE : 0));
        }
    }

    @Test
    void everyLabelHoldsOnlyKeywordsOfTheIdentifierItPlants() {
        Random rnd = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (CatalogueValues planted : CatalogueRegister.all()) {
            IdentifierDefinition own = catalogue.get(planted.identifier());
            List<String> values = new ArrayList<>();
            for (int i = 0; i < VALUES; i++) {
                values.add(planted.valid().apply(rnd));
            }
            for (String label : planted.keywordLabels()) {
                if (own.usesKeywords() && !holdsKeyword(label, own)) {
                    failures.add(own.id() + ": label '" + label + "' holds none of its keywords");
                }
                for (IdentifierDefinition other : catalogue.values()) {
                    if (other != own && holdsKeyword(label, other)) {
                        long reported = values.stream().filter(v -> confirmsOutside(other, v, own)).count();
                        if (reported > 0) {
                            failures.add(own.id() + ": label '" + label + "' holds a keyword of " + other.id()
                                    + ", which confirms " + reported + " of " + VALUES + " values");
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), "seed " + SEED + ": " + String.join("\n", failures));
    }

    private boolean holdsKeyword(String label, IdentifierDefinition d) {
        String words = KeywordRegex.nameAsWords(label);
        return keywords.get(d.id()).stream().anyMatch(k -> k.matcher(label).find() || k.matcher(words).find());
    }

    /** Whether {@code other} confirms a span of {@code value} that does not lie inside one {@code own} confirms. */
    private boolean confirmsOutside(IdentifierDefinition other, String value, IdentifierDefinition own) {
        List<int[]> ownSpans = confirmed(own, value);
        return confirmed(other, value).stream().anyMatch(s -> ownSpans.stream()
                .noneMatch(o -> o[0] <= s[0] && s[1] <= o[1] && o[1] - o[0] > s[1] - s[0]));
    }

    private List<int[]> confirmed(IdentifierDefinition d, String value) {
        Validator validator = Validators.named(d.validator());
        List<int[]> spans = new ArrayList<>();
        Matcher m = patterns.get(d.id()).matcher(value);
        while (m.find()) {
            if (validator.isValid(value.substring(m.start(), m.end()), true)) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }
}
