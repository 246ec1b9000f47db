package dev.ferret.core.confirm;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.SeverityByCount;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keywords match whatever the case and, where the keyword has an accent, whatever the accent; on both engines alike. */
class AccentInsensitiveKeywordTest {

    private static final String PASSPORT = "12AB34567";
    private static final IdentifierDefinition FRENCH_PASSPORT = new IdentifierDefinition("TEST_FRANCE_PASSPORT",
            Category.PERSONAL_INFORMATION, List.of("FR"), "test", "\\b[0-9]{2}[A-Z]{2}[0-9]{5}\\b", false,
            List.of("numéro de passeport", "passeport français"), KeywordRule.REQUIRED, 30, List.of(), "none",
            SeverityByCount.parse("MHH"), false, false, List.of(), List.of());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"numéro de passeport", "NUMERO DE PASSEPORT", "Numéro de passeport", "NUMÉRO DE PASSEPORT",
            "numèro de passeport", "numero_de_passeport", "Numéro-de-Passeport", "numérodepasseport", "PASSEPORT FRANCAIS",
            "passeport français", "Passeport FRANÇAIS"})
    void keywordVariantsMatchOnBothEngines(String keyword) {
        String text = keyword + ": " + PASSPORT;
        for (EngineChoice engine : List.of(EngineChoice.RE2J, EngineChoice.AUTO)) {
            assertEquals(List.of(PASSPORT), Detect.found(FRENCH_PASSPORT, engine, text), keyword + " on " + engine);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Führerschein", "FÜHRERSCHEIN", "Fuhrerschein", "fuehrerschein", "FUEHRERSCHEIN", "Führerscheinnummer"})
    void germanUmlautsAlsoMatchTheirAsciiSpellings(String keyword) {
        IdentifierDefinition licence = new IdentifierDefinition("TEST_GERMANY_DRIVERS_LICENSE", Category.PERSONAL_INFORMATION,
                List.of("DE"), "test", "\\b[A-Z][0-9]{2}[A-Z0-9]{6}[0-9][A-Z0-9]\\b", false,
                List.of("Führerschein", "führerscheinnummer", "straße"), KeywordRule.REQUIRED, 30, List.of(), "none",
                SeverityByCount.parse("LMH"), false, false, List.of(), List.of());
        String text = keyword + " B072RRE2I55";
        for (EngineChoice engine : List.of(EngineChoice.RE2J, EngineChoice.AUTO)) {
            assertEquals(List.of("B072RRE2I55"), Detect.found(licence, engine, text), keyword + " on " + engine);
            assertEquals(List.of("B072RRE2I55"), Detect.found(licence, engine, "Strasse " + "B072RRE2I55"), "ß as ss on " + engine);
            assertEquals(List.of(), Detect.found(licence, engine, "Fahrer " + "B072RRE2I55"), engine.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"numro de passeport", "numéro de passport", "numéros de passeport", "passeport", "xnuméro de passeport"})
    void otherWordsDoNotMatch(String keyword) {
        String text = keyword + ": " + PASSPORT;
        for (EngineChoice engine : List.of(EngineChoice.RE2J, EngineChoice.AUTO)) {
            assertEquals(List.of(), Detect.found(FRENCH_PASSPORT, engine, text), keyword + " on " + engine);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineChoice.class, names = {"RE2J", "AUTO"})
    void keywordsInColumnHeadersAndJsonKeysIgnoreCaseAndAccents(EngineChoice engine) throws IOException {
        try (Scanner scanner = new Scanner(IdentifierSet.compile(List.of(FRENCH_PASSPORT), engine),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS)) {
            assertEquals(2, count(scanner, "a.csv", "NUMERO_DE_PASSEPORT,nom\n" + PASSPORT + ",Ann\n" + PASSPORT + ",Bob\n"));
            assertEquals(1, count(scanner, "b.csv", "Numéro de passeport\n" + PASSPORT + "\n"));
            assertEquals(1, count(scanner, "c.json", "{\"numeroDePasseport\": \"" + PASSPORT + "\"}"));
            assertEquals(0, count(scanner, "d.csv", "reference\n" + PASSPORT + "\n"));
        }
    }

    /** Random mixes of case and accents over the keyword's letters; both engines must agree with each other and find it. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomAccentAndCaseVariantsAgreeAcrossEngines(long seed) {
        Random random = new Random(seed);
        String[] variantsOfE = {"e", "E", "é", "É", "è", "È", "ê", "Ê", "ë", "Ë"};
        try (IdentifierSet re2j = IdentifierSet.compile(List.of(FRENCH_PASSPORT), EngineChoice.RE2J);
             IdentifierSet auto = IdentifierSet.compile(List.of(FRENCH_PASSPORT), EngineChoice.AUTO);
             SegmentDetector a = re2j.newDetector();
             SegmentDetector b = auto.newDetector()) {
            if (auto.engineName().startsWith("hyperscan")) {
                assertEquals("hyperscan", auto.engineName(), "every pattern, accented keywords included, runs on Hyperscan");
            }
            for (int i = 0; i < 200; i++) {
                StringBuilder keyword = new StringBuilder();
                for (char c : "numéro de passeport".toCharArray()) {
                    if (c == 'é') {
                        keyword.append(variantsOfE[random.nextInt(variantsOfE.length)]);
                    } else {
                        keyword.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                    }
                }
                String text = keyword + " " + PASSPORT;
                List<String> fromRe2j = Detect.found(a, text);
                assertEquals(fromRe2j, Detect.found(b, text), "seed " + seed + ": engines differ on " + text);
                assertTrue(fromRe2j.contains(PASSPORT), "seed " + seed + ": not found after " + keyword);
            }
        }
    }

    private long count(Scanner scanner, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return scanner.scan(new LocalFileRef("test", name, file, Files.size(file), Instant.EPOCH)).top().detections()
                .stream().mapToLong(DetectionSummary::count).sum();
    }
}
