package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersCommandTest {

    @Test
    void tableListsEveryIdentifierOnce() {
        Cli.Run run = Cli.run("identifiers");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +CATEGORY +COUNTRIES +KEYWORDS +SEVERITY +RECOMMENDED +EXTENSION"), lines.get(0));
        List<IdentifierDefinition> all = ManagedCatalogue.get().all();
        assertEquals(all.size() + 1, lines.size());
        for (int i = 0; i < all.size(); i++) {
            IdentifierDefinition d = all.get(i);
            assertTrue(lines.get(i + 1).startsWith(d.id() + " "), lines.get(i + 1));
            assertTrue(lines.get(i + 1).contains(d.category().name()), lines.get(i + 1));
        }
    }

    @Test
    void jsonCarriesTheSameFacts() throws Exception {
        JsonNode array = new ObjectMapper().readTree(Cli.run("identifiers", "--format", "json").out());
        List<IdentifierDefinition> all = ManagedCatalogue.get().all();
        assertEquals(all.size(), array.size());
        for (int i = 0; i < all.size(); i++) {
            IdentifierDefinition d = all.get(i);
            JsonNode node = array.get(i);
            assertEquals(d.id(), node.get("id").asText());
            assertEquals(d.recommended(), node.get("recommended").asBoolean());
            assertEquals(d.extension(), node.get("extension").asBoolean());
            assertEquals(d.keywordRule().name(), node.get("keywordRule").asText());
            assertEquals(d.countries().size(), node.get("countries").size());
        }
    }
}
