package dev.ferret.identifiers;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the managed catalogue as data: files, index, IDs, examples, validators and patterns. */
class ManagedCatalogueTest {

    /** The matcher scans long text in overlapping chunks; every candidate must fit in the overlap. */
    private static final long MAX_MATCH_LENGTH = 8_000;

    /**
     * Keys and tokens whose bodies are written unbounded ({@code +}), because large bounded repeats make Hyperscan's
     * compile slow (seconds). Their bodies stop at an END marker or at whitespace, so real matches stay short; one
     * longer than the segment overlap (8 KiB) can be missed where a segment is cut, which no real key is.
     * NAME and ADDRESS are written the same way for the same reason: their words (and an address's street and place)
     * are unbounded runs of letters that stop at digits, punctuation or line breaks. EMAIL_ADDRESS too: with bounded
     * parts Hyperscan cannot report its start offsets, and RE2/J then has to re-find every address; the validator
     * checks RFC 5321's sizes (local part 64, label 63, address 254).
     */
    private static final Set<String> UNBOUNDED_TOKENS = Set.of("PKCS", "OPENSSH_PRIVATE_KEY", "PGP_PRIVATE_KEY",
            "PUTTY_PRIVATE_KEY", "JSON_WEB_TOKEN", "HTTP_COOKIE", "HTTP_BASIC_AUTH_HEADER", "NAME", "ADDRESS",
            "PRIVATE_KEY_PEM", "STRIPE_CREDENTIALS", "GITLAB_TOKEN", "SLACK_TOKEN", "DATABASE_URL_WITH_PASSWORD",
            "GENERIC_SECRET_ASSIGNMENT", "EMAIL_ADDRESS");

    static Stream<IdentifierDefinition> definitions() {
        return ManagedCatalogue.get().all().stream();
    }

    @Test
    void indexListsExactlyTheYamlFilesInTheFolder() throws IOException, URISyntaxException {
        URL folder = ManagedCatalogue.class.getClassLoader().getResource(ManagedCatalogue.FOLDER);
        assertNotNull(folder, "catalogue folder on the classpath");
        Set<String> files;
        try (Stream<Path> listing = Files.list(Path.of(folder.toURI()))) {
            files = listing.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .collect(Collectors.toSet());
        }
        Set<String> indexed = ManagedCatalogue.get().all().stream().map(IdentifierDefinition::id).collect(Collectors.toSet());
        assertEquals(files, indexed);
    }

    @Test
    void idsAreUnique() {
        List<String> ids = ManagedCatalogue.get().all().stream().map(IdentifierDefinition::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void fileIsNamedAfterItsIdAndLoadsOnItsOwn(IdentifierDefinition d) {
        assertEquals(d, CatalogueLoader.load(ManagedCatalogue.FOLDER + "/" + d.id() + ".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void hasEnoughExamplesWhoseValuesAppearInTheirText(IdentifierDefinition d) {
        assertTrue(d.mustMatch().size() >= 3, d.id() + " needs at least 3 must-match examples");
        assertTrue(d.mustNotMatch().size() >= 3, d.id() + " needs at least 3 must-not-match examples");
        assertAll(d.mustMatch().stream().map(e -> () -> {
            assertNotNull(e.value(), d.id() + " example without a value: " + e.text());
            assertTrue(e.text().contains(e.value()), d.id() + " example value not in its text: " + e.text());
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void validatorResolvesAndMetadataIsComplete(IdentifierDefinition d) {
        assertDoesNotThrow(() -> Validators.named(d.validator()));
        assertFalse(d.countries().isEmpty(), d.id() + " lists no country");
        assertNotNull(d.description(), d.id() + " has no description");
        assertFalse(d.extension() && d.recommended(), d.id() + ": an extension cannot be in Macie's recommended set");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void regexCompilesWithRe2jAndHasABoundedMatchLength(IdentifierDefinition d) {
        assertDoesNotThrow(() -> Pattern.compile(d.regex(), d.caseInsensitive() ? Pattern.CASE_INSENSITIVE : 0));
        long longest = MaxMatchLength.of(d.regex());
        if (UNBOUNDED_TOKENS.contains(d.id())) {
            assertEquals(MaxMatchLength.UNBOUNDED, longest, d.id() + " is listed as unbounded but is not");
        } else {
            assertTrue(longest < MAX_MATCH_LENGTH, d.id() + " can match " + longest + " characters");
        }
    }

    /**
     * A regexWithoutKeyword is scanned instead of the full regex where no keyword is: it must be a bounded regex that
     * compiles, and each must-match example of its identifier that it finds must be found by the full regex with the
     * same span (the example tests then show both paths agree on detections).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void regexWithoutKeywordIsAPartOfTheRegex(IdentifierDefinition d) {
        if (d.regexWithoutKeyword() == null) {
            return;
        }
        int flags = d.caseInsensitive() ? Pattern.CASE_INSENSITIVE : 0;
        Pattern part = Pattern.compile(d.regexWithoutKeyword(), flags);
        Pattern whole = Pattern.compile(d.regex(), flags);
        assertTrue(MaxMatchLength.of(d.regexWithoutKeyword()) < MAX_MATCH_LENGTH, d.id());
        int found = 0;
        for (Example e : d.mustMatch()) {
            Matcher m = part.matcher(e.text());
            if (m.find()) {
                found++;
                Matcher w = whole.matcher(e.text());
                assertTrue(w.find(m.start()) && w.start() == m.start() && w.end() == m.end(),
                        d.id() + ": the full regex finds another span in: " + e.text());
            }
        }
        assertTrue(found > 0, d.id() + ": no must-match example shows the form without a keyword");
    }

    @Test
    void prefilterAndRegexWithoutKeywordAreRefusedWhereTheyCannotApply() {
        IdentifierDefinition required = ManagedCatalogue.get().byId("USA_SOCIAL_SECURITY_NUMBER").orElseThrow();
        IllegalArgumentException split = assertThrows(IllegalArgumentException.class,
                () -> withGating(required, "[0-9]{9}", false));
        assertTrue(split.getMessage().contains("regexWithoutKeyword") && split.getMessage().contains("REQUIRED"),
                split.getMessage());
        IllegalArgumentException prefilter = assertThrows(IllegalArgumentException.class,
                () -> withGating(required, null, true));
        assertTrue(prefilter.getMessage().contains("prefilter"), prefilter.getMessage());
    }

    private static IdentifierDefinition withGating(IdentifierDefinition d, String regexWithoutKeyword, boolean prefilter) {
        return new IdentifierDefinition(d.id(), d.category(), d.countries(), d.description(), d.regex(),
                d.caseInsensitive(), d.keywords(), d.keywordRule(), d.maximumMatchDistance(), d.ignoreWords(),
                d.validator(), d.severity(), d.recommended(), d.extension(), d.mustMatch(), d.mustNotMatch(), null,
                d.maxDetectionsPerFile(), regexWithoutKeyword, prefilter);
    }

    @Test
    void cardNumberIdentifiersPartitionOnTheSameKeywords() {
        IdentifierDefinition withKeyword = ManagedCatalogue.get().byId("CREDIT_CARD_NUMBER").orElseThrow();
        IdentifierDefinition without = ManagedCatalogue.get().byId("CREDIT_CARD_NUMBER_(NO_KEYWORD)").orElseThrow();
        assertEquals(KeywordRule.REQUIRED, withKeyword.keywordRule());
        assertEquals(KeywordRule.ABSENT, without.keywordRule());
        assertEquals(withKeyword.keywords(), without.keywords());
        assertEquals(withKeyword.regex(), without.regex());
        assertEquals(withKeyword.validator(), without.validator());
    }
}
