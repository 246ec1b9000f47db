package dev.ferret.identifiers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identifier table of {@code docs/identifiers.md} (countries, keywords, validator, severity and the first
 * must-match example of each identifier) is generated from the catalogue: this test fails when the two
 * differ. Refresh the table with {@code ./mvnw -pl identifiers test -Dtest=IdentifierDocsTest -Dferret.docs.write=true}.
 */
class IdentifierDocsTest {

    private static final Path DOC = Path.of("..", "docs", "identifiers.md");
    private static final String BEGIN = "<!-- generated from the catalogue by IdentifierDocsTest: do not edit by hand -->\n";
    private static final String END = "<!-- end of the generated table -->\n";
    private static final int MAX_EXAMPLE = 60;

    @Test
    void theIdentifierTableMatchesTheCatalogue() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOC + " has no generated-table markers");
        String current = doc.substring(begin + BEGIN.length(), end);
        String generated = table();
        if (Boolean.getBoolean("ferret.docs.write")) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + generated + doc.substring(end), StandardCharsets.UTF_8);
            current = generated;
        }
        assertEquals(generated, current, DOC + " is stale: refresh it with ./mvnw -pl identifiers test "
                + "-Dtest=IdentifierDocsTest -Dferret.docs.write=true");
    }

    static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ID | Category | Countries | Keyword rule and keywords | Validator | Severity | Recommended | Extension "
                + "| Example |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (IdentifierDefinition d : ManagedCatalogue.get().all()) {
            String keywords = d.keywordRule() == KeywordRule.NONE ? "NONE"
                    : d.keywordRule() + ": " + String.join(", ", d.keywords()).replace("|", "\\|");
            String severity = d.severity().toString().chars().mapToObj(c -> String.valueOf((char) c))
                    .collect(Collectors.joining("/"));
            sb.append("| `").append(d.id()).append("` | ").append(d.category()).append(" | ")
                    .append(String.join(", ", d.countries())).append(" | ").append(keywords).append(" | `")
                    .append(d.validator()).append("` | ").append(severity).append(" | ")
                    .append(d.recommended() ? "yes" : "no").append(" | ").append(d.extension() ? "yes" : "no").append(" | ")
                    .append(example(d)).append(" |\n");
        }
        return sb.toString();
    }

    /** The first must-match example as one short line of code: line breaks shown as ⏎, long texts cut with …. */
    static String example(IdentifierDefinition d) {
        String text = d.mustMatch().get(0).text().replace("\r", "").replace("\n", " ⏎ ");
        if (text.length() > MAX_EXAMPLE) {
            text = text.substring(0, MAX_EXAMPLE) + "…";
        }
        return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }
}
