package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.ManagedCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ferret identifiers}: the managed identifiers a scan uses. */
@Command(name = "identifiers", mixinStandardHelpOptions = true,
        description = "Lists the managed data identifiers: Macie's IDs plus Ferret's extensions.")
final class IdentifiersCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Override
    public Integer call() throws Exception {
        List<IdentifierDefinition> all = ManagedCatalogue.get().all();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode array = MacieJson.MAPPER.createArrayNode();
            for (IdentifierDefinition d : all) {
                ObjectNode node = array.addObject();
                node.put("id", d.id());
                node.put("category", d.category().name());
                d.countries().forEach(node.putArray("countries")::add);
                node.put("keywordRule", d.keywordRule().name());
                node.put("keywordsRequired", d.keywordRule() == KeywordRule.REQUIRED);
                d.keywords().forEach(node.putArray("keywords")::add);
                node.put("severity", d.severity().toString());
                node.put("recommended", d.recommended());
                node.put("extension", d.extension());
                node.put("description", d.description());
            }
            out.print(MacieJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            out.print('\n');
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "CATEGORY", "COUNTRIES", "KEYWORDS", "SEVERITY", "RECOMMENDED", "EXTENSION"});
            for (IdentifierDefinition d : all) {
                rows.add(new String[] {d.id(), d.category().name(), String.join(",", d.countries()),
                        d.keywordRule().name(), d.severity().toString(), yesNo(d.recommended()), yesNo(d.extension())});
            }
            printTable(out, rows);
        }
        out.flush();
        return 0;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i])).append("  ");
            }
            out.print(line.toString().stripTrailing() + "\n");
        }
    }
}
