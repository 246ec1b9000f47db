package dev.ferret.cli;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.confirm.SegmentDetector;
import dev.ferret.core.extract.ContentExtractor;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.DocumentVisitor;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.core.source.LocalFolderWalker;
import dev.ferret.identifiers.ManagedCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans the bundled samples in every output format and checks that no detected value reaches stdout, the results
 * file or stderr (logs included). The values are not listed anywhere: they are collected here by running the same
 * extractor and detector over the samples and keeping the text of each detected span.
 */
class SampleLeakTest {

    private static final Path SAMPLES = Path.of(System.getProperty("ferret.samples", "../samples"));

    @TempDir
    Path dir;

    @Test
    void noDetectedValueLeavesTheProcess() throws IOException {
        TreeSet<String> values = detectedValues();
        assertTrue(values.size() >= 5, "the samples must plant values the catalogue finds; found " + values.size());

        List<String> outputs = new ArrayList<>();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8)); // slf4j-simple writes to System.err
        try {
            for (String format : List.of("jsonl", "json", "table")) {
                Path results = dir.resolve("results-" + format + ".jsonl");
                Cli.Run run = Cli.run(Map.of(), InputStream.nullInputStream(),
                        "scan", "--format", format, "--results", results.toString(), "--debug", SAMPLES.toString());
                assertEquals(1, run.exit(), "the samples hold sensitive data; stderr: " + run.err());
                outputs.add(run.out());
                outputs.add(run.err());
                outputs.add(Files.readString(results));
            }
        } finally {
            System.setErr(originalErr);
        }
        outputs.add(logs.toString(StandardCharsets.UTF_8));

        for (String value : values) {
            for (String output : outputs) {
                assertFalse(output.contains(value), "a detected value of " + value.length() + " characters leaked");
                String compact = value.replaceAll("[\\s-]", "");
                if (compact.length() >= 8) {
                    assertFalse(output.contains(compact), "a detected value leaked without separators");
                }
            }
        }
    }

    /** The text of every span the detector confirms in the samples, as the scanner's own extractor presents them. */
    private static TreeSet<String> detectedValues() throws IOException {
        TreeSet<String> values = new TreeSet<>();
        ContentExtractor extractor = ContentExtractors.standard(ExtractionLimits.DEFAULTS);
        try (IdentifierSet set = IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO);
             SegmentDetector detector = set.newDetector()) {
            DocumentVisitor collect = new DocumentVisitor() {
                @Override
                public TextSink begin(DocumentInfo document, String mimeType) {
                    return segment -> detector.detect(segment, (identifier, seg, start, end) ->
                            values.add(seg.text().substring(start, end)));
                }

                @Override
                public void end(DocumentInfo document, ScanStatus status) {
                }
            };
            LocalFolderWalker walker = new LocalFolderWalker(SAMPLES);
            while (walker.hasNext()) {
                LocalFileRef ref = walker.next();
                try (InputStream in = ref.open()) {
                    extractor.extract(in, DocumentInfo.object(ref.name(), ref.size(), ref.lastModified()), collect);
                }
            }
        }
        return values;
    }
}
