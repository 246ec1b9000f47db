package dev.ferret.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.core.result.ObjectScanResult;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Findings as JSON: one compact finding per line (JSON Lines, for pipes and log shippers), or one indented JSON array
 * (for reading and for tools that want one document). Objects with nothing found write nothing.
 */
final class JsonFindingsReport implements FindingsReport {

    private final Writer out;
    private final boolean array;
    private final ObjectWriter json;
    private boolean first = true;

    private JsonFindingsReport(Writer out, boolean array) {
        this.out = out;
        this.array = array;
        this.json = array ? MacieJson.MAPPER.writerWithDefaultPrettyPrinter() : MacieJson.MAPPER.writer();
    }

    static JsonFindingsReport lines(Writer out) {
        return new JsonFindingsReport(out, false);
    }

    static JsonFindingsReport array(Writer out) {
        return new JsonFindingsReport(out, true);
    }

    @Override
    public void add(ObjectScanResult result, Optional<ObjectNode> finding) throws IOException {
        if (finding.isPresent()) {
            write(finding.get());
        }
    }

    @Override
    public void addPolicy(ObjectNode finding) throws IOException {
        write(finding);
    }

    private void write(ObjectNode finding) throws IOException {
        if (array) {
            out.write(first ? "[\n" : ",\n");
        }
        out.write(json.writeValueAsString(finding));
        if (!array) {
            out.write('\n');
        }
        first = false;
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        if (array) {
            out.write(first ? "[]\n" : "\n]\n");
        }
        out.flush();
    }
}
