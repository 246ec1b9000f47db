package dev.ferret.identifiers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierSelectionTest {

    private static final ManagedCatalogue CATALOGUE = ManagedCatalogue.get();

    private static List<String> ids(String selection) {
        return IdentifierSelection.parse(selection).select(CATALOGUE).stream().map(IdentifierDefinition::id).toList();
    }

    @Test
    void allNoneAndRecommendedFollowTheCatalogue() {
        List<String> all = CATALOGUE.all().stream().map(IdentifierDefinition::id).toList();
        assertEquals(all, ids("ALL"));
        assertEquals(List.of(), ids("none"));
        List<String> recommended = ids("RECOMMENDED");
        assertFalse(recommended.isEmpty());
        assertTrue(recommended.size() < all.size());
        recommended.forEach(id -> assertTrue(CATALOGUE.byId(id).orElseThrow().recommended(), id));
        assertTrue(IdentifierSelection.parse("NONE").needsCustomIdentifiers());
        assertFalse(IdentifierSelection.parse("ALL").needsCustomIdentifiers());
    }

    @Test
    void includeAndExcludeKeepCatalogueOrder() {
        List<String> all = ids("ALL");
        String first = all.get(0);
        String last = all.get(all.size() - 1);
        assertEquals(List.of(first, last), ids("INCLUDE:" + last + ", " + first));
        List<String> excluded = ids("EXCLUDE:" + first);
        assertEquals(all.subList(1, all.size()), excluded);
    }

    @Test
    void unknownIdsNameTheClosestKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ids("INCLUDE:USA_SOCIAL_SECURITY_NUMBR"));
        assertTrue(e.getMessage().contains("unknown managed identifier 'USA_SOCIAL_SECURITY_NUMBR'"), e.getMessage());
        assertTrue(e.getMessage().contains("closest: USA_SOCIAL_SECURITY_NUMBER"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ids("EXCLUDE:NO_SUCH_ID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOME", "INCLUDE", "EXCLUDE:", "ALL:USA_SOCIAL_SECURITY_NUMBER", ""})
    void malformedSelectionsAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> IdentifierSelection.parse(text));
    }
}
