package dev.ferret.core.extract.json;

import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.RecordingVisitor;
import dev.ferret.core.extract.TestLimits;
import dev.ferret.core.location.RecordLocation;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonExtractorTest {

    private static final String[] KEYS = {"customers", "ssn", "name", "weird key", "a'b", "x.y", "_id", "Card-Number", "k1", "é"};

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    /** Where a token was planted: its record, its path as Macie writes it, and the names on that path. */
    private record Planted(long record, String path, List<String> names) {
    }

    /** Generates random JSON into {@code out}, planting tokens as string values. */
    private static final class Generator {
        final Random random;
        final Map<String, Planted> planted = new LinkedHashMap<>();
        long record;

        Generator(Random random) {
            this.random = random;
        }

        void value(StringBuilder out, String path, List<String> names, int depth) {
            int kind = depth >= 5 ? 2 + random.nextInt(3) : random.nextInt(5);
            switch (kind) {
                case 0 -> {
                    out.append('{');
                    List<String> keys = new ArrayList<>(List.of(KEYS));
                    java.util.Collections.shuffle(keys, random);
                    int n = 1 + random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        String key = keys.get(i);
                        out.append(i == 0 ? "" : ", ").append('"').append(key).append("\": ");
                        List<String> inner = new ArrayList<>(names);
                        inner.add(key);
                        value(out, path + element(key), inner, depth + 1);
                    }
                    out.append('}');
                }
                case 1 -> {
                    out.append("[ ");
                    int n = 1 + random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        out.append(i == 0 ? "" : ",\n ");
                        value(out, path + "[" + i + "]", names, depth + 1);
                    }
                    out.append(']');
                }
                case 2 -> {
                    String token = "TKN" + planted.size() + "Z";
                    planted.put(token, new Planted(record, path, names));
                    out.append("\"pre ").append(token).append(" post é\"");
                }
                case 3 -> out.append(random.nextBoolean() ? "12345.5" : "true");
                default -> out.append("\"filler \\\"quoted\\\" text\"");
            }
        }

        /** Macie's rendering: {@code .name} for identifiers, {@code ['name']} otherwise. */
        private static String element(String key) {
            return key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + key : "['" + key.replace("'", "\\'") + "']";
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPlantedTokenIsLocatedAtItsJsonPath(long seed) {
        Generator generator = new Generator(new Random(seed));
        StringBuilder json = new StringBuilder();
        generator.value(json, "$", List.of(), 0);
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(64 + generator.random.nextInt(500), 32),
                "doc.json", json.toString().getBytes(StandardCharsets.UTF_8));
        assertPlantedFound(visitor.only(), generator.planted, "seed " + seed);
        assertEquals(ScanStatus.COMPLETE, visitor.only().status, "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonLinesLocateByLineAndSkipBadLines(long seed) {
        Generator generator = new Generator(new Random(seed));
        StringBuilder jsonl = new StringBuilder();
        int lines = 3 + generator.random.nextInt(20);
        int bad = generator.random.nextInt(lines);
        for (int line = 0; line < lines; line++) {
            generator.record = line;
            if (line == bad) {
                jsonl.append("{\"broken\": [1, 2");
            } else if (generator.random.nextInt(6) > 0) {
                StringBuilder one = new StringBuilder();
                generator.value(one, "$", List.of(), 1);
                jsonl.append(one.toString().replace('\n', ' '));
            }
            jsonl.append(generator.random.nextBoolean() ? "\n" : "\r\n");
        }
        RecordingVisitor visitor = RecordingVisitor.extract(TestLimits.segments(200, 32), "rows.jsonl",
                jsonl.toString().getBytes(StandardCharsets.UTF_8));
        RecordingVisitor.Doc doc = visitor.only();
        assertPlantedFound(doc, generator.planted, "seed " + seed);
        assertEquals(StatusCode.PARTIAL, doc.status.code(), "seed " + seed);
        assertEquals(StatusReason.MALFORMED_FILE, doc.status.reason(), "seed " + seed);
        assertTrue(doc.status.detail().contains("line index " + bad), doc.status.detail());
    }

    private static void assertPlantedFound(RecordingVisitor.Doc doc, Map<String, Planted> planted, String seed) {
        for (Map.Entry<String, Planted> e : planted.entrySet()) {
            String message = seed + ", token " + e.getKey();
            List<RecordingVisitor.Hit> hits = doc.find(e.getKey());
            assertEquals(1, hits.size(), message);
            RecordingVisitor.Hit hit = hits.getFirst();
            assertEquals(new RecordLocation(e.getValue().record(), e.getValue().path()), hit.location(), message);
            assertEquals(e.getValue().names(), hit.segment().locator().contextNames(hit.start()), message);
            var locator = hit.segment().locator();
            String text = hit.segment().text();
            String unit = text.substring(locator.unitStart(hit.start()), Math.min(text.length(), locator.unitEnd(hit.start())));
            assertTrue(unit.contains(e.getKey()) && "pre %s post é".formatted(e.getKey()).contains(unit), message + ": " + unit);
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsSkipped() {
        ExtractionLimits limits = TestLimits.jsonDepth(5);
        RecordingVisitor ok = RecordingVisitor.extract(limits, "ok.json", "[[[[{\"a\": \"v\"}]]]]".getBytes(StandardCharsets.UTF_8));
        assertEquals(ScanStatus.COMPLETE, ok.only().status);
        RecordingVisitor deep = RecordingVisitor.extract(limits, "deep.json", "[[[[[{\"a\": \"v\"}]]]]]".getBytes(StandardCharsets.UTF_8));
        assertEquals(StatusCode.SKIPPED, deep.only().status.code());
        assertEquals(StatusReason.JSON_NESTING_LEVEL_OVER_LIMIT, deep.only().status.reason());
    }

    @Test
    void invalidJsonIsMalformedAndTheDetailQuotesNoContent() {
        RecordingVisitor visitor = RecordingVisitor.extract(ExtractionLimits.DEFAULTS, "bad.json",
                "{\"secret\": [\"123-45-6789\" 2}".getBytes(StandardCharsets.UTF_8));
        assertEquals(StatusCode.SKIPPED, visitor.only().status.code());
        assertEquals(StatusReason.MALFORMED_FILE, visitor.only().status.reason());
        assertTrue(!visitor.only().status.detail().contains("123-45") && !visitor.only().status.detail().contains("secret"),
                visitor.only().status.detail());
    }

    @Test
    void longNamesAndPathsAreTruncatedAsMacieDoes() {
        String longName = "n".repeat(200) + "m".repeat(100);
        assertEquals("$." + "n".repeat(140) + "m".repeat(100), JsonPath.render(List.of(longName)));
        List<Object> deep = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            deep.add("level" + i);
        }
        deep.add(3);
        String path = JsonPath.render(deep);
        assertTrue(path.startsWith("$..level") && path.endsWith(".level39[3]") && path.length() <= 250, path);
        assertEquals("$['weird key'][0]['it\\'s']", JsonPath.render(List.of("weird key", 0, "it's")));
    }
}
