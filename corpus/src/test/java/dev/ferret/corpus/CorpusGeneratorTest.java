package dev.ferret.corpus;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.iban4j.IbanFormat;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static final Random SEEDS = new Random(20261125);

    @Test
    void checkDigitsMatchPublishedExamples() {
        assertTrue(CheckDigits.luhnValid("79927398713"));
        assertFalse(CheckDigits.luhnValid("79927398710"));
        assertEquals(3, CheckDigits.verhoeff("236"));
        assertEquals(9, CheckDigits.nhs("943476591")); // NHS Digital's example 943 476 5919
    }

    @RepeatedTest(20)
    void plantedValuesAreValidByConstruction() {
        long seed = SEEDS.nextLong();
        ValueFactory v = new ValueFactory(new Random(seed));
        String card = v.cardNumber();
        assertTrue(CheckDigits.luhnValid(card) && card.length() >= 13 && card.length() <= 19, "seed " + seed);
        assertFalse(ValueFactory.MACIE_TEST_CARDS.contains(card), "seed " + seed);
        assertFalse(CheckDigits.luhnValid(v.cardNumberBadLuhn()), "seed " + seed);
        for (String country : List.of("FR", "DE", "IT", "ES", "GB", "NL", "IE")) {
            assertTrue(IbanUtil.isValid(v.iban(country).replace(" ", "")), "seed " + seed + " " + country);
            assertFalse(IbanUtil.isValid(v.ibanBadCheck(country)), "seed " + seed + " " + country);
        }
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        assertTrue(phones.isValidNumberForRegion(v.phone("US"), "US"), "seed " + seed);
        assertTrue(phones.isValidNumberForRegion(v.phone("CA"), "CA"), "seed " + seed);
        String aadhaar = v.aadhaar().replace(" ", "");
        assertEquals(aadhaar.charAt(11) - '0', CheckDigits.verhoeff(aadhaar.substring(0, 11)), "seed " + seed);
        String sin = v.sin().replaceAll("[ -]", "");
        assertTrue(CheckDigits.luhnValid(sin), "seed " + seed);
        String ssn = v.ssn();
        int area = Integer.parseInt(ssn.substring(0, 3));
        assertTrue(area > 0 && area < 900 && area != 666, "seed " + seed);
    }

    @Test
    void sameSeedGivesSameCorpusAndOtherSeedsDiffer(@TempDir Path dir) throws Exception {
        CorpusGenerator.generate(dir.resolve("a"), 7, 300_000);
        CorpusGenerator.generate(dir.resolve("b"), 7, 300_000);
        CorpusGenerator.generate(dir.resolve("c"), 8, 300_000);
        assertEquals(digest(dir.resolve("a")), digest(dir.resolve("b")));
        assertNotEquals(digest(dir.resolve("a")), digest(dir.resolve("c")));
    }

    @Test
    void truthNamesOnlyFilesThatExistAndArchiveMembersByPath(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(dir, 11, 500_000);
        List<TruthEntry> truth = TruthEntry.read(dir);
        assertFalse(truth.isEmpty());
        for (TruthEntry e : truth) {
            assertTrue(Files.isRegularFile(dir.resolve(e.object())), e.object());
            assertTrue(e.count() > 0, e.object());
            assertTrue(e.locations() == null || e.locations().size() == e.count(), e.object());
        }
        assertTrue(truth.stream().anyMatch(e -> e.member().startsWith("inner.zip/")), "nested archive members");
        long distinct = truth.stream().map(e -> List.of(e.object(), e.member(), e.identifier())).distinct().count();
        assertEquals(truth.size(), distinct, "one entry per object, member and identifier (no file written twice)");
    }

    private static String digest(Path root) throws IOException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                md.update(root.relativize(p).toString().getBytes());
                md.update(Files.readAllBytes(p));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
