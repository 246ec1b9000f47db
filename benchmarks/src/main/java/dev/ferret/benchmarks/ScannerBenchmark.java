package dev.ferret.benchmarks;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.ManagedCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole per-object path (extraction, matcher, confirmer, results) with the managed catalogue, over the mixed
 * text documents of the small corpus: logs, configuration, HTML, XML, Markdown, e-mail.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ScannerBenchmark {

    private List<BenchCorpus.Doc> docs;
    private IdentifierSet identifiers;
    private Scanner scanner;

    @Setup(Level.Trial)
    public void setUp() {
        docs = BenchCorpus.load("log", "env", "yaml", "html", "xml", "md", "eml");
        identifiers = IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO);
        scanner = new Scanner(identifiers, ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scanner.close();
    }

    @Benchmark
    public void scanMixedText(ByteCounter counter, Blackhole bh) {
        for (BenchCorpus.Doc d : docs) {
            bh.consume(scanner.scan(d));
            counter.bytes += d.bytes().length;
        }
    }
}
