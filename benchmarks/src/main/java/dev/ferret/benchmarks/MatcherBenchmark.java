package dev.ferret.benchmarks;

import dev.ferret.core.confirm.CandidateFinder;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.confirm.SegmentDetector;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.CompiledPatterns;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.match.MatchEngines;
import dev.ferret.core.match.PatternScanner;
import dev.ferret.core.match.PatternSpec;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Hyperscan against RE2/J over 1 MiB of mixed text (words, PII-shaped strings, some non-ASCII), cut into segments as
 * an extractor would. {@code scan}: every candidate regex of the catalogue everywhere, keywords left out (the raw
 * pattern engine); {@code candidates}: the matcher stage as detection runs it ({@link CandidateFinder}: keywords, the
 * ungated regexes, and the keyword-gated groups where their keywords are); {@code detect}: matcher and confirmer. One operation = the whole text, so
 * MB/s = ops/s x {@link #TEXT_CHARS} / 2^20 (the text is about 3% non-ASCII; UTF-8 bytes are printed at setup).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatcherBenchmark {

    static final int TEXT_CHARS = 1 << 20;

    @Param({"hyperscan", "re2j"})
    public String engine;

    /**
     * Which identifiers: {@code all} (the whole managed catalogue), {@code core} (the 31 of the first release, up to
     * and including IP_ADDRESS in catalogue order), {@code one} (USA_SOCIAL_SECURITY_NUMBER).
     */
    @Param({"all", "core", "one"})
    public String catalogue;

    /** Chars per segment: a CSV cell or short line, a paragraph, a whole page of text. */
    @Param({"100", "4000", "1048576"})
    public int segmentChars;

    private List<String> segments;
    private CompiledPatterns candidates;
    private PatternScanner scanner;
    private IdentifierSet identifiers;
    private SegmentDetector detector;
    private CandidateFinder finder;
    private List<TextSegment> textSegments;

    @Setup(Level.Trial)
    public void setUp() {
        EngineChoice choice = EngineChoice.valueOf(engine.toUpperCase());
        List<IdentifierDefinition> all = identifiers(catalogue);
        List<PatternSpec> specs = new ArrayList<>();
        for (IdentifierDefinition d : all) {
            specs.add(new PatternSpec(specs.size(), d.regex(), d.caseInsensitive()));
        }
        candidates = MatchEngines.compile(specs, choice);
        scanner = candidates.newScanner();
        identifiers = IdentifierSet.compile(all, choice);
        detector = identifiers.newDetector();
        finder = identifiers.newCandidateFinder();
        String text = mixedText(new Random(42), TEXT_CHARS);
        segments = new ArrayList<>();
        textSegments = new ArrayList<>();
        for (int from = 0; from < text.length(); from += segmentChars) {
            String segment = text.substring(from, Math.min(text.length(), from + segmentChars));
            segments.add(segment);
            textSegments.add(TextSegment.whole(segment, (start, end) -> new LineRange(1, 1, start + 1)));
        }
        System.out.printf("%n%s: %d identifiers, engine %s / %s, %d UTF-8 bytes in %d segments%n", engine, all.size(),
                candidates.engineName(), identifiers.engineName(), text.getBytes(StandardCharsets.UTF_8).length,
                segments.size());
    }

    static List<IdentifierDefinition> identifiers(String catalogue) {
        List<IdentifierDefinition> all = ManagedCatalogue.get().all();
        return switch (catalogue) {
            case "all" -> all;
            case "core" -> all.subList(0, 1 + all.indexOf(ManagedCatalogue.get().byId("IP_ADDRESS").orElseThrow()));
            case "one" -> List.of(ManagedCatalogue.get().byId("USA_SOCIAL_SECURITY_NUMBER").orElseThrow());
            default -> throw new IllegalArgumentException("catalogue must be all, core or one: " + catalogue);
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scanner.close();
        candidates.close();
        detector.close();
        finder.close();
        identifiers.close();
    }

    @Benchmark
    public void scan(Blackhole bh) {
        for (String segment : segments) {
            scanner.scan(segment, (id, start, end) -> bh.consume(end));
        }
    }

    @Benchmark
    public void candidates(Blackhole bh) {
        for (TextSegment segment : textSegments) {
            bh.consume(finder.find(segment));
        }
    }

    @Benchmark
    public void detect(Blackhole bh) {
        for (TextSegment segment : textSegments) {
            detector.detect(segment, (def, seg, start, end) -> bh.consume(end));
        }
    }

    private static final String[] WORDS = {"the", "customer", "record", "was", "updated", "on", "and", "shipped", "to",
            "address", "phone", "account", "number", "SSN:", "social security", "email", "contact", "invoice", "total",
            "café", "Müller", "naïve", "東京", "😀", "paid", "card", "ID", "date", "name", "order"};

    /** Prose-like words with about one PII-shaped string per 15 words. */
    static String mixedText(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars + 64);
        while (sb.length() < chars) {
            int kind = random.nextInt(15);
            if (kind == 0) {
                sb.append(100 + random.nextInt(900)).append('-').append(10 + random.nextInt(90)).append('-')
                        .append(1000 + random.nextInt(9000));
            } else if (kind == 1) {
                sb.append(WORDS[random.nextInt(WORDS.length)].toLowerCase()).append('.').append("doe")
                        .append(random.nextInt(100)).append("@example.com");
            } else if (kind == 2) {
                for (int i = 0; i < 4; i++) {
                    sb.append(1000 + random.nextInt(9000)).append(i < 3 ? " " : "");
                }
            } else {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            }
            sb.append(random.nextInt(12) == 0 ? '\n' : ' ');
        }
        sb.setLength(chars);
        return sb.toString();
    }
}
