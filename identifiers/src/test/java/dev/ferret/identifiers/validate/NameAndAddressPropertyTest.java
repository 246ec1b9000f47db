package dev.ferret.identifiers.validate;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Property-style checks of the NAME and ADDRESS validators over seeded random inputs. */
class NameAndAddressPropertyTest {

    private static final NameValidator NAME = new NameValidator();
    private static final AddressValidator ADDRESS = new AddressValidator();

    private static final List<String> GIVEN = List.of("John", "Mary", "José", "Françoise", "Jürgen", "Giulia",
            "Siobhan", "Łukasz", "Ana", "Oliver");
    private static final List<String> SURNAMES = List.of("Smith", "García", "Müller", "Rossi", "Dubois", "O'Brien",
            "Kowalski", "Nguyen", "Silva", "Tremblay");
    private static final List<String> NOT_NAME_WORDS = List.of("Bank", "Street", "Hotel", "University", "Times",
            "Report", "Inc", "Foundation");
    /** A real place, its state and a ZIP there, per state: written independently of the validator's table. */
    private static final String[][] US = {{"Springfield", "IL", "62704"}, {"Austin", "TX", "78701"},
            {"Seattle", "WA", "98101"}, {"Boston", "MA", "02108"}, {"Denver", "CO", "80202"}, {"Miami", "FL", "33101"},
            {"Portland", "OR", "97205"}, {"Atlanta", "GA", "30303"}, {"Phoenix", "AZ", "85004"},
            {"Albany", "NY", "12207"}};

    private static Random random(RepetitionInfo info) {
        return new Random(7_000L + info.getCurrentRepetition());
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    @RepeatedTest(30)
    void aKnownGivenNameAndSurnameIsANameUnlessAnOrganisationWordJoinsThem(RepetitionInfo info) {
        Random r = random(info);
        String name = pick(r, GIVEN) + " " + pick(r, SURNAMES);
        assertTrue(NAME.isValid(name, false), "seed repetition " + info.getCurrentRepetition() + ": " + name);
        assertTrue(NAME.isValid(name.toUpperCase(java.util.Locale.ROOT), false), "in capitals: " + name);
        assertFalse(NAME.isValid(name + " " + pick(r, NOT_NAME_WORDS), true),
                "repetition " + info.getCurrentRepetition() + ": organisation word after " + name);
    }

    @RepeatedTest(30)
    void unknownWordsNeedContextAndTitleCase(RepetitionInfo info) {
        Random r = random(info);
        String unknown = invented(r) + " " + invented(r);
        assertFalse(NAME.isValid(unknown, false), "repetition " + info.getCurrentRepetition() + ": no context");
        assertTrue(NAME.isValid(unknown, true), "repetition " + info.getCurrentRepetition() + ": keyword nearby");
        assertTrue(NAME.isValid("Dear " + unknown, false), "repetition " + info.getCurrentRepetition() + ": salutation");
        assertFalse(NAME.isValid(unknown.toUpperCase(java.util.Locale.ROOT), true), "capitals are not a name shape");
    }

    @RepeatedTest(30)
    void aUsZipMustBelongToTheState(RepetitionInfo info) {
        Random r = random(info);
        String[] place = US[r.nextInt(US.length)];
        String street = (1 + r.nextInt(9_999)) + " Main St, ";
        assertTrue(ADDRESS.isValid(street + place[0] + ", " + place[1] + " " + place[2], false),
                "repetition " + info.getCurrentRepetition() + ": " + place[0]);
        String[] other = US[r.nextInt(US.length)];
        if (!other[2].substring(0, 1).equals(place[2].substring(0, 1))) {
            assertFalse(ADDRESS.isValid(street + place[0] + ", " + other[1] + " " + place[2], false),
                    "repetition " + info.getCurrentRepetition() + ": ZIP of " + place[1] + " with state " + other[1]);
        }
    }

    @RepeatedTest(30)
    void aUkPostcodeNeverEndsInLettersRoyalMailLeavesOut(RepetitionInfo info) {
        Random r = random(info);
        String allowed = "ABDEFGHJLNPQRSTUWXYZ";
        String unused = "CIKMOV";
        String inward = (r.nextInt(10)) + "" + allowed.charAt(r.nextInt(allowed.length()))
                + allowed.charAt(r.nextInt(allowed.length()));
        assertTrue(ADDRESS.isValid("10 Baker Street, London NW1 " + inward, false), "inward " + inward);
        String bad = inward.substring(0, 2) + unused.charAt(r.nextInt(unused.length()));
        assertFalse(ADDRESS.isValid("10 Baker Street, London NW1 " + bad, false), "inward " + bad);
        assertFalse(ADDRESS.isValid("10 Baker Street, London M1 " + inward, false), "London is not in area M");
    }

    /** A made-up title-case word that is in no gazetteer ("Zqorvex"). */
    private static String invented(Random r) {
        StringBuilder sb = new StringBuilder("Zq");
        for (int i = 0; i < 4 + r.nextInt(4); i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
