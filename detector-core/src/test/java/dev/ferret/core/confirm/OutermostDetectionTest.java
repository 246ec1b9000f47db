package dev.ferret.core.confirm;

import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.identifiers.SeverityByCount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A detection lying inside a longer detection is part of that value, not a finding of its own. */
class OutermostDetectionTest {

    @Test
    void dropsDetectionsContainedInALongerOne() {
        IdentifierDefinition outer = definition("OUTER", "\\bAB[0-9]{6}\\b");
        IdentifierDefinition inner = definition("INNER", "[0-9]{6}");
        List<String> found = detect(List.of(outer, inner), "AB123456 then 654321 and AB111111");
        assertEquals(List.of("OUTER:AB123456", "INNER:654321", "OUTER:AB111111"), found);
    }

    @Test
    void keepsOverlappingAndIdenticalSpans() {
        IdentifierDefinition left = definition("LEFT", "abc[0-9]{3}");
        IdentifierDefinition right = definition("RIGHT", "[0-9]{3}xyz");
        IdentifierDefinition same = definition("SAME", "abc[0-9]{3}");
        assertEquals(List.of("LEFT:abc123", "SAME:abc123", "RIGHT:123xyz"),
                detect(List.of(left, right, same), "abc123xyz"));
    }

    @Test
    void theBankAccountInsideAnIrishIbanIsNotAlsoAUkAccount() {
        List<IdentifierDefinition> banks = ManagedCatalogue.get().all().stream()
                .filter(d -> d.id().endsWith("_BANK_ACCOUNT_NUMBER")).toList();
        List<String> found = detect(banks, "Please pay to IBAN: IE29 AIBK 9311 5212 3456 78 by Friday");
        assertEquals(List.of("IRELAND_BANK_ACCOUNT_NUMBER:IE29 AIBK 9311 5212 3456 78"), found);
    }

    @Test
    void theDigitsOfAMalformedIbanAreNotAnotherCountrysAccountNumber() {
        List<IdentifierDefinition> banks = ManagedCatalogue.get().all().stream()
                .filter(d -> d.id().endsWith("_BANK_ACCOUNT_NUMBER")).toList();
        assertEquals(List.of("MONTENEGRO_BANK_ACCOUNT_NUMBER:ME25 5050 0001 2345 6789 51"),
                detect(banks, "Please pay to IBAN: ME25 5050 0001 2345 6789 51 by Friday"));
        // wrong check digits: no IBAN, and its 18-digit tail is no German account number either
        assertEquals(List.of(), detect(banks, "Please pay to IBAN: ME26 5050 0001 2345 6789 51 by Friday"));
        // a domestic German account number with its keyword is still found
        assertEquals(List.of("GERMANY_BANK_ACCOUNT_NUMBER:5050 0001 2345 6789 51"),
                detect(banks, "Kontonummer: 5050 0001 2345 6789 51"));
    }

    private static List<String> detect(List<IdentifierDefinition> defs, String text) {
        List<String> found = new ArrayList<>();
        try (IdentifierSet set = IdentifierSet.compile(defs, EngineChoice.RE2J); SegmentDetector detector = set.newDetector()) {
            detector.detect(TextSegment.whole(text, (s, e) -> new LineRange(1, 1, s + 1)),
                    (def, seg, s, e) -> found.add(def.id() + ":" + seg.text().substring(s, e)));
        }
        return found;
    }

    private static IdentifierDefinition definition(String id, String regex) {
        return new IdentifierDefinition(id, Category.PERSONAL_INFORMATION, List.of("ANY"), id, regex, false, List.of(),
                KeywordRule.NONE, 30, List.of(), "none", SeverityByCount.parse("HHH"), false, true, List.of(), List.of());
    }
}
