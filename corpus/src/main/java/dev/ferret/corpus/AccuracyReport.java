package dev.ferret.corpus;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.identifiers.ManagedCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scans a generated corpus with the managed catalogue and the standard extractors and prints precision, recall and
 * F1 per identifier, the totals, and the ten objects with the most errors (see {@link AccuracyScorer} for the
 * matching rule). Usage: {@code AccuracyReport <corpus dir>}.
 */
public final class AccuracyReport {

    private AccuracyReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AccuracyReport <corpus dir>");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        try (IdentifierSet ids = IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO);
             Scanner scanner = new Scanner(ids, ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS)) {
            AccuracyScorer scorer = measure(corpus, scanner);
            System.out.println("engine: " + ids.engineName());
            System.out.print(format(scorer));
        }
    }

    /** Scans every file of the corpus (in parallel; the scanner is thread-safe) and scores it against truth.jsonl. */
    public static AccuracyScorer measure(Path corpus, Scanner scanner) throws IOException {
        AccuracyScorer scorer = new AccuracyScorer(TruthEntry.read(corpus));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(TruthEntry.FILE_NAME))
                    .sorted().toList();
        }
        String bucket = corpus.getFileName().toString();
        files.parallelStream().forEach(file -> {
            String key = corpus.relativize(file).toString().replace('\\', '/');
            try {
                ObjectScanResult result = scanner.scan(new LocalFileRef(bucket, key, file, Files.size(file),
                        Files.getLastModifiedTime(file).toInstant()));
                scorer.add(key, result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        scorer.finish();
        return scorer;
    }

    /** The report as Markdown tables. */
    public static String format(AccuracyScorer scorer) {
        StringBuilder sb = new StringBuilder();
        String header = "| identifier | truth | found | TP | FP | FN | precision | recall | F1 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        sb.append(header);
        scorer.byIdentifier().forEach((id, s) -> sb.append(s.row(id)).append('\n'));
        sb.append(scorer.total().row("**total**")).append("\n\n");
        sb.append("Worst objects (false positives + false negatives):\n\n");
        sb.append("| object | errors | per identifier (FP/FN) |\n|---|---:|---|\n");
        for (Map.Entry<String, Map<String, Score>> e : scorer.worstObjects(10)) {
            String detail = e.getValue().entrySet().stream().filter(x -> x.getValue().errors() > 0)
                    .map(x -> String.format(Locale.ROOT, "%s %d/%d", x.getKey(), x.getValue().falsePositives(), x.getValue().falseNegatives()))
                    .collect(Collectors.joining(", "));
            sb.append("| ").append(e.getKey()).append(" | ").append(AccuracyScorer.errors(e.getValue()))
                    .append(" | ").append(detail).append(" |\n");
        }
        return sb.toString();
    }
}
