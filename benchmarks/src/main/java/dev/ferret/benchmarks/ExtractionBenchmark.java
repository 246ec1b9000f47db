package dev.ferret.benchmarks;

import dev.ferret.core.extract.ContentExtractor;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.DocumentVisitor;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.result.ScanStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extraction throughput per format through {@code ContentExtractors.standard}: every document of that format in the
 * small corpus, extracted to segments that go to a black hole. The {@code bytes} counter gives input bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ExtractionBenchmark {

    @Param({"log", "csv", "json", "pdf", "docx", "xlsx"})
    public String format;

    private List<BenchCorpus.Doc> docs;
    private ContentExtractor extractor;

    @Setup(Level.Trial)
    public void setUp() {
        docs = BenchCorpus.load(format);
        extractor = ContentExtractors.standard(ExtractionLimits.DEFAULTS);
    }

    @Benchmark
    public void extractAll(ByteCounter counter, Blackhole bh) {
        DocumentVisitor visitor = new DocumentVisitor() {
            @Override
            public TextSink begin(DocumentInfo document, String mimeType) {
                return segment -> bh.consume(segment.text());
            }

            @Override
            public void end(DocumentInfo document, ScanStatus status) {
                bh.consume(status);
            }
        };
        for (BenchCorpus.Doc d : docs) {
            extractor.extract(new ByteArrayInputStream(d.bytes()), DocumentInfo.object(d.key(), d.bytes().length, null), visitor);
            counter.bytes += d.bytes().length;
        }
    }
}
