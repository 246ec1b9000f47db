package dev.ferret.identifiers;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IBAN-only bank account identifiers share one validator ({@code iban}, which reads the country from the value),
 * so each identifier's pattern alone must admit its own country's IBANs and no other country's.
 */
class IbanIdentifiersTest {

    private static final long BASE_SEED = 0x1BA4_5EEDL;

    /** Macie's IBAN-only IDs (macie.md §1.3 says 46 but names 47, Ireland and the Netherlands among them). */
    private static final Set<String> MACIE_IBAN_ONLY = Set.of("ALBANIA", "ANDORRA", "BOSNIA_AND_HERZEGOVINA", "BRAZIL",
            "BULGARIA", "COSTA_RICA", "CROATIA", "CYPRUS", "CZECH_REPUBLIC", "DENMARK", "DOMINICAN_REPUBLIC", "EGYPT",
            "ESTONIA", "FAROE_ISLANDS", "FINLAND", "GEORGIA", "GREECE", "GREENLAND", "HUNGARY", "ICELAND", "IRELAND",
            "JORDAN", "KOSOVO", "LIECHTENSTEIN", "LITHUANIA", "MALTA", "MAURITANIA", "MAURITIUS", "MONACO", "MONTENEGRO",
            "NETHERLANDS", "NORTH_MACEDONIA", "POLAND", "PORTUGAL", "SAN_MARINO", "SENEGAL", "SERBIA", "SLOVAKIA",
            "SLOVENIA", "SWEDEN", "SWITZERLAND", "TIMOR_LESTE", "TUNISIA", "TURKIYE", "UKRAINE", "UNITED_ARAB_EMIRATES",
            "VIRGIN_ISLANDS");

    private static List<IdentifierDefinition> ibanIdentifiers() {
        return ManagedCatalogue.get().all().stream().filter(d -> d.validator().equals("iban")).toList();
    }

    @Test
    void everyIbanOnlyIdOfMacieIsInTheCatalogueWithOneCountry() {
        Set<String> ids = ibanIdentifiers().stream().map(IdentifierDefinition::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = MACIE_IBAN_ONLY.stream().map(c -> c + "_BANK_ACCOUNT_NUMBER")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, ids);
        for (IdentifierDefinition d : ibanIdentifiers()) {
            assertEquals(1, d.countries().size(), d.id());
            assertTrue(d.regex().startsWith("\\b" + d.countries().getFirst() + "[0-9]{2}"), d.id() + " must start with its country code");
        }
    }

    @RepeatedTest(20)
    void eachPatternAdmitsItsOwnCountryInEveryWrittenFormAndNoOtherCountry(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        List<String> ibans = new ArrayList<>();
        for (IdentifierDefinition d : ibanIdentifiers()) {
            ibans.add(new Iban.Builder(random).countryCode(CountryCode.getByCode(d.countries().getFirst())).buildRandom().toString());
        }
        Validator iban = Validators.named("iban");
        for (IdentifierDefinition d : ibanIdentifiers()) {
            Pattern pattern = Pattern.compile(d.regex(), Pattern.LONGEST_MATCH);
            for (String other : ibans) {
                boolean own = other.startsWith(d.countries().getFirst());
                for (String form : new String[]{other, grouped(other, ' '), grouped(other, '-')}) {
                    List<String> found = confirmed(pattern, iban, "IBAN " + form + ".");
                    assertEquals(own ? List.of(form) : List.of(), found, "seed " + seed + ": " + d.id() + " on " + form);
                }
            }
        }
    }

    private static List<String> confirmed(Pattern pattern, Validator validator, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (validator.isValid(m.group(), false)) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String grouped(String iban, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(separator);
            }
            sb.append(iban.charAt(i));
        }
        return sb.toString();
    }
}
