package dev.ferret.benchmarks;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.confirm.SegmentDetector;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.ManagedCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cost per candidate of {@link SegmentDetector} (matcher plus confirmer) on text dense with candidates: every line
 * holds {@value #CANDIDATES_PER_LINE} candidates (an SSN-shaped number, with its keyword on half the lines, and an
 * e-mail address). The score is time per candidate.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ConfirmerBenchmark {

    static final int LINES = 2000;
    static final int CANDIDATES_PER_LINE = 2;

    private IdentifierSet identifiers;
    private SegmentDetector detector;
    private TextSegment segment;

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder(LINES * 80);
        for (int i = 0; i < LINES; i++) {
            String ssn = String.format("%03d-%02d-%04d", 1 + rnd.nextInt(665), 1 + rnd.nextInt(99), 1 + rnd.nextInt(9999));
            sb.append(i % 2 == 0 ? "member ssn " : "order ref ").append(ssn)
                    .append(" notify user").append(i).append("@example.com today\n");
        }
        String text = sb.toString();
        segment = TextSegment.whole(text, (start, end) -> new LineRange(1, 1, start + 1));
        identifiers = IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO);
        detector = identifiers.newDetector();
    }

    @TearDown
    public void tearDown() {
        detector.close();
        identifiers.close();
    }

    @Benchmark
    @OperationsPerInvocation(LINES * CANDIDATES_PER_LINE)
    public void detectDenseCandidates(Blackhole bh) {
        detector.detect(segment, (identifier, seg, start, end) -> bh.consume(start));
    }
}
