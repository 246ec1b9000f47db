package dev.ferret.core.match;

import dev.ferret.identifiers.Example;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hyperscan must report exactly what RE2/J reports: for the managed catalogue's candidate regexes and keywords
 * (whatever the catalogue holds), and for extra patterns that exercise the places where the two dialects differ.
 */
class EngineAgreementTest {

    /** Patterns where Hyperscan and RE2/J read the same regex differently unless the dialect rewrite is right. */
    static final List<String> DIALECT_PATTERNS = List.of(
            "[^@\\s]+@[^@\\s]+", "\\S+@\\S+\\.[a-z]{2,}", ".{3}ñ", "\\d{3}", "\\d+(?:[ .-]\\d+)*", "\\D\\d\\D",
            "[A-Z]{2}[0-9]{2}(?: ?[0-9A-Z]{4}){3,7}", "(?i)ssn", "(?i:sk)[a-z]*", "\\w+$", "^\\w+", "[[:alpha:]]{4}\\d",
            "caf\\x{e9}", "[\\s,]\\d{4}", "ab|b.*z|c|e|gz", "[0-9]{3}[ ]?[0-9]{2}", "\\bkey\\b", "\\pL{3}", "x\\v?y");

    private static final String[] WORDS = {"the", "order", "shipped", "SSN", "ssn", "social security", "key", "Key:",
            "número de seguro social", "NÚMERO", "numéro", "Sozialversicherungsnummer", "café", "naïve", "日本語",
            "東京", "😀", "🙂👍", "ſſn", "\u212Aey", "Åsa", "mail", "sk", "SK-", "tax id", "passport", "iban", "caf\u00e9"};
    private static final String SEPARATORS = " -./_,:;@\t\n\r\u000b\f";

    private static CompiledPatterns catalogueHs;
    private static CompiledPatterns catalogueRe2j;
    private static CompiledPatterns dialectHs;
    private static CompiledPatterns dialectRe2j;

    @BeforeAll
    static void compile() throws ReflectiveOperationException {
        assumeTrue(HyperscanLibrary.available(), "Hyperscan does not load here: " + HyperscanLibrary.failure());
        List<PatternSpec> catalogue = catalogueSpecs();
        catalogueHs = HyperscanEngine.compile(catalogue);
        catalogueRe2j = Re2jEngine.compile(catalogue);
        List<PatternSpec> dialect = new ArrayList<>();
        for (int i = 0; i < DIALECT_PATTERNS.size(); i++) {
            dialect.add(new PatternSpec(i, DIALECT_PATTERNS.get(i), false));
            dialect.add(new PatternSpec(1000 + i, DIALECT_PATTERNS.get(i), true));
        }
        dialectHs = HyperscanEngine.compile(dialect);
        dialectRe2j = Re2jEngine.compile(dialect);
    }

    @AfterAll
    static void close() {
        for (CompiledPatterns set : new CompiledPatterns[] {catalogueHs, catalogueRe2j, dialectHs, dialectRe2j}) {
            if (set != null) {
                set.close();
            }
        }
    }

    /** As {@code IdentifierSet} builds them: candidate regexes first, then each distinct keyword pattern. */
    private static List<PatternSpec> catalogueSpecs() throws ReflectiveOperationException {
        // KeywordPattern is the confirmer's; reach it reflectively rather than copy how keywords become patterns
        Method regexFor = Class.forName("dev.ferret.core.confirm.KeywordPattern").getDeclaredMethod("regexFor", String.class);
        regexFor.setAccessible(true);
        List<IdentifierDefinition> all = ManagedCatalogue.get().all();
        List<PatternSpec> specs = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            IdentifierDefinition d = all.get(i);
            specs.add(new PatternSpec(i, d.regex(), d.caseInsensitive()));
            if (d.usesKeywords()) {
                for (String keyword : d.keywords()) {
                    keywords.add((String) regexFor.invoke(null, keyword));
                }
            }
        }
        int id = all.size();
        for (String keyword : keywords) {
            specs.add(new PatternSpec(id++, keyword, true));
        }
        return specs;
    }

    static Stream<String> identifierIds() {
        return ManagedCatalogue.get().all().stream().map(IdentifierDefinition::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifierIds")
    void agreeOnTheIdentifiersExamples(String id) {
        IdentifierDefinition def = ManagedCatalogue.get().byId(id).orElseThrow();
        List<String> texts = new ArrayList<>(def.mustMatch().stream().map(Example::text).toList());
        texts.addAll(def.mustNotMatch());
        try (PatternScanner hs = catalogueHs.newScanner(); PatternScanner re2j = catalogueRe2j.newScanner()) {
            for (String text : texts) {
                Hits.assertSame(Hits.sorted(re2j, text), Hits.sorted(hs, text), id + " example: " + text);
            }
        }
    }

    @Test
    void hyperscanRunsAllButTheConstructsItReadsDifferently() {
        int posixClass = DIALECT_PATTERNS.indexOf("[[:alpha:]]{4}\\d");
        int property = DIALECT_PATTERNS.indexOf("\\pL{3}");
        int verticalTab = DIALECT_PATTERNS.indexOf("x\\v?y");
        int[] expected = {property, verticalTab, 1000 + posixClass, 1000 + property, 1000 + verticalTab};
        int[] actual = ((HyperscanPatterns) dialectHs).re2jPatternIds();
        Arrays.sort(expected);
        Arrays.sort(actual);
        assertArrayEquals(expected, actual);
    }

    @Test
    void agreeOnAPatternThatHyperscanOnlyGates() {
        // bounded repeats make this e-mail pattern too large for start offsets: Hyperscan reports ends, RE2/J spans
        String email = "\\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}\\b";
        List<PatternSpec> specs = List.of(new PatternSpec(1, email, false), new PatternSpec(2, "\\d{3}", false));
        try (HyperscanPatterns hs = (HyperscanPatterns) HyperscanEngine.compile(specs);
             CompiledPatterns re2j = Re2jEngine.compile(specs);
             PatternScanner hsScanner = hs.newScanner(); PatternScanner re2jScanner = re2j.newScanner()) {
            assertArrayEquals(new int[] {1}, hs.gatedPatternIds());
            for (int seed = 0; seed < 40; seed++) {
                String text = randomText(new Random(seed), List.of("jane.doe@example.com", "a@b.co.uk"));
                Hits.assertSame(Hits.sorted(re2jScanner, text), Hits.sorted(hsScanner, text), "gated e-mail, seed " + seed);
            }
        }
    }

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreeOnRandomText(int seed) {
        String text = randomText(new Random(seed), examplesOfTheCatalogue());
        try (PatternScanner hs = catalogueHs.newScanner(); PatternScanner re2j = catalogueRe2j.newScanner()) {
            List<String> expected = Hits.sorted(re2j, text);
            Hits.assertSame(expected, Hits.sorted(hs, text), "catalogue patterns, seed " + seed);
        }
        try (PatternScanner hs = dialectHs.newScanner(); PatternScanner re2j = dialectRe2j.newScanner()) {
            List<String> expected = Hits.sorted(re2j, text);
            assertFalse(expected.isEmpty(), "the generator should give the dialect patterns something to find, seed " + seed);
            Hits.assertSame(expected, Hits.sorted(hs, text), "dialect patterns, seed " + seed);
        }
    }

    private static List<String> examplesOfTheCatalogue() {
        List<String> out = new ArrayList<>();
        for (IdentifierDefinition d : ManagedCatalogue.get().all()) {
            d.mustMatch().forEach(e -> out.add(e.value() != null ? e.value() : e.text()));
            out.addAll(d.keywords());
        }
        return out;
    }

    /** Words, planted PII-shaped strings and stray chars, sometimes glued together with no space between. */
    static String randomText(Random random, List<String> planted) {
        StringBuilder sb = new StringBuilder();
        int pieces = 50 + random.nextInt(400);
        for (int p = 0; p < pieces; p++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> sb.append(WORDS[random.nextInt(WORDS.length)]);
                case 2 -> sb.append(digitGroups(random));
                case 3 -> sb.append(email(random));
                case 4 -> sb.append(key(random));
                case 5 -> sb.append(planted.isEmpty() ? "" : planted.get(random.nextInt(planted.size())));
                case 6 -> sb.appendCodePoint(strayChar(random));
                default -> sb.append(randomWord(random));
            }
            if (random.nextInt(5) > 0) {
                sb.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            }
        }
        return sb.toString();
    }

    private static String digitGroups(Random random) {
        StringBuilder sb = new StringBuilder();
        int groups = 1 + random.nextInt(5);
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                sb.append("- ./".charAt(random.nextInt(4)));
            }
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
        }
        return sb.toString();
    }

    private static String email(Random random) {
        return randomWord(random) + (random.nextBoolean() ? "." + randomWord(random) : "") + "@" + randomWord(random)
                + "." + (random.nextBoolean() ? "com" : randomWord(random));
    }

    private static String key(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "AKIA" : "sk_");
        int length = 8 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String randomWord(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(12);
            sb.appendCodePoint(kind < 8 ? 'a' + random.nextInt(26) : kind < 10 ? 'A' + random.nextInt(26)
                    : kind < 11 ? "éèñüßçÉÑ".charAt(random.nextInt(8)) : "ſ\u212A\u212B".charAt(random.nextInt(3)));
        }
        return sb.toString();
    }

    /** Chars at the edges: CJK, emoji, an unpaired surrogate, vertical tab, the case-folding oddities, NBSP. */
    private static int strayChar(Random random) {
        int[] chars = {0x65E5, 0x1F600, 0x1F44D, 0xD800, 0xDC00, 0x0B, 0x017F, 0x212A, 0x212B, 0xA0, 0x2028, '$', '\n'};
        return chars[random.nextInt(chars.length)];
    }
}
