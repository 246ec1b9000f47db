package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.TestLimits;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.StatusReason;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Tika parse that runs past {@link ExtractionLimits#maxParseTime()} is stopped, keeping the text read until then. */
class ParseTimeLimitTest {

    @Test
    void theDeadlineLetsEventsThroughUntilTheLimitAndStopsThemAfter() throws SAXException {
        AtomicLong clock = new AtomicLong(1_000);
        StringBuilder seen = new StringBuilder();
        ParseDeadline deadline = new ParseDeadline(new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                seen.append(ch, start, length);
            }
        }, Duration.ofNanos(10), clock::get);
        deadline.characters("ab".toCharArray(), 0, 2);
        clock.set(1_009);
        deadline.characters("cd".toCharArray(), 0, 2);
        assertFalse(deadline.reached());
        clock.set(1_010);
        assertThrows(SAXException.class, () -> deadline.characters("ef".toCharArray(), 0, 2));
        assertTrue(deadline.reached());
        assertEquals("abcd", seen.toString());
    }

    @Test
    void aLimitOfCenturiesDoesNotOverflow() throws SAXException {
        ParseDeadline deadline = new ParseDeadline(new DefaultHandler(), Duration.ofDays(365L * 1_000_000), () -> Long.MAX_VALUE - 5);
        deadline.characters("x".toCharArray(), 0, 1);
        assertFalse(deadline.reached());
    }

    /**
     * The clock moves one tick per SAX event, so a limit of n ticks cuts the parse after n events, wherever they fall
     * in this Tika version's output; some limit below the whole parse's count cuts it after the first page and before
     * the last.
     */
    @Test
    void aPdfCutOffMidwayKeepsItsFirstPagesAndSaysWhy() throws IOException, ExtractionException {
        Map<String, Location> planted = new LinkedHashMap<>();
        byte[] pdf = pdfWithTokenOnEveryPage(12, planted);
        List<String> tokens = new ArrayList<>(planted.keySet());
        AtomicLong events = new AtomicLong();
        extract(pdf, Duration.ofDays(1), events);
        boolean cutMidway = false;
        for (long limit = events.get() - 1; limit > 0 && !cutMidway; limit -= Math.max(1, events.get() / 40)) {
            List<TextSegment> segments = new ArrayList<>();
            long n = limit;
            ExtractionException cut = assertThrows(ExtractionException.class,
                    () -> extract(pdf, Duration.ofNanos(n), new AtomicLong(), segments), "limit " + n + " of " + events);
            assertEquals(StatusReason.TIME_CUT_OFF_REACHED, cut.reason());
            String text = String.join("\n", segments.stream().map(TextSegment::text).toList());
            cutMidway = text.contains(tokens.get(0)) && !text.contains(tokens.get(tokens.size() - 1));
        }
        assertTrue(cutMidway, "some limit keeps the first page's text and stops before the last page");
    }

    private static void extract(byte[] pdf, Duration limit, AtomicLong clock) throws IOException, ExtractionException {
        extract(pdf, limit, clock, new ArrayList<>());
    }

    private static void extract(byte[] pdf, Duration limit, AtomicLong clock, List<TextSegment> segments)
            throws IOException, ExtractionException {
        new TikaDocumentExtractor(TestLimits.parseTime(200, 24, limit), true, clock::incrementAndGet)
                .extract(new ByteArrayInputStream(pdf), DocumentInfo.object("long.pdf", pdf.length, null), segments::add);
    }

    @Test
    void aPdfWithinTheLimitIsComplete() throws IOException, ExtractionException {
        Map<String, Location> planted = new LinkedHashMap<>();
        byte[] pdf = pdfWithTokenOnEveryPage(12, planted);
        List<TextSegment> segments = new ArrayList<>();
        extract(pdf, Duration.ofNanos(1_000_000), new AtomicLong(), segments);
        String text = String.join("\n", segments.stream().map(TextSegment::text).toList());
        planted.keySet().forEach(token -> assertTrue(text.contains(token), token));
    }

    /** Pages whose planted tokens are kept only if the generator put one on every page. */
    private static byte[] pdfWithTokenOnEveryPage(int pages, Map<String, Location> planted)
            throws IOException {
        for (long seed = 0; ; seed++) {
            planted.clear();
            byte[] pdf = TikaDocumentExtractorTest.pdf(pages, new Random(seed), planted);
            boolean everyPage = true;
            for (int p = 1; p <= pages; p++) {
                String prefix = "TKNP" + p + "L";
                everyPage &= planted.keySet().stream().anyMatch(t -> t.startsWith(prefix));
            }
            if (everyPage || seed > 10_000) {
                return pdf;
            }
        }
    }
}
