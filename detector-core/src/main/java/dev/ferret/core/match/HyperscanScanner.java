package dev.ferret.core.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.gliwka.hyperscan.jni.hs_database_t;
import com.gliwka.hyperscan.jni.hs_scratch_t;
import com.gliwka.hyperscan.jni.match_event_handler;
import org.bytedeco.javacpp.Pointer;

import java.lang.ref.Cleaner;
import java.nio.CharBuffer;
import java.util.Arrays;

import static com.gliwka.hyperscan.jni.hyperscan.HS_SUCCESS;
import static com.gliwka.hyperscan.jni.hyperscan.hs_alloc_scratch;
import static com.gliwka.hyperscan.jni.hyperscan.hs_free_scratch;
import static com.gliwka.hyperscan.jni.hyperscan.hs_scan;

/**
 * One thread's scanner over a shared {@link HyperscanPatterns}: its own scratch and hit arrays, reused from scan to
 * scan, and the thread's {@link EncodedText}. Hyperscan's reports are collected as byte offsets, mapped to char offsets
 * and normalized by {@link LeftmostLongest}; patterns left to RE2/J are scanned after.
 */
final class HyperscanScanner implements PatternScanner {

    private static final Cleaner CLEANER = Cleaner.create();

    /**
     * One callback for every scanner: JavaCPP allots a few native callback slots per class, so each scanner cannot
     * have its own. {@code hs_scan} calls back on the scanning thread, which says whose hits they are.
     */
    private static final ThreadLocal<HyperscanScanner> SCANNING = new ThreadLocal<>();
    private static final match_event_handler ON_MATCH = new match_event_handler() {
        @Override
        public int call(int index, long from, long to, int flags, Pointer context) {
            SCANNING.get().addHit(index, (int) from, (int) to);
            return 0;
        }
    };

    private final HyperscanPatterns patterns;
    private final hs_database_t database;
    private final NativeResources resources;
    private final Cleaner.Cleanable cleanable;
    private final LeftmostLongest normalizer = new LeftmostLongest();
    private final Matcher[] exactMatchers;
    private final LeftmostLongest.NextMatch exact = this::exactNext;
    private String text;
    private int[] hitIndex = new int[64];
    private int[] hitStart = new int[64];
    private int[] hitEnd = new int[64];
    private int hitCount;
    private boolean closed;

    HyperscanScanner(HyperscanPatterns patterns) {
        this.patterns = patterns;
        this.database = patterns.database();
        this.resources = new NativeResources();
        this.cleanable = CLEANER.register(this, resources);
        if (database != null) {
            hs_scratch_t scratch = new hs_scratch_t();
            int rc = hs_alloc_scratch(database, scratch);
            if (rc != HS_SUCCESS) {
                throw new IllegalStateException("Hyperscan could not allocate scratch space: error " + rc);
            }
            resources.scratch = scratch;
        }
        this.exactMatchers = new Matcher[patterns.hyperscanIds().length];
    }

    @Override
    public void scan(String text, HitSink sink) {
        if (closed) {
            throw new IllegalStateException("the scanner is closed");
        }
        patterns.checkOpen();
        if (resources.scratch != null && !text.isEmpty()) {
            if (text.length() > Utf8Text.MAX_CHARS) {
                scanWithRe2j(patterns.hyperscanExact(), patterns.hyperscanIds(), text, sink);
            } else {
                scanWithHyperscan(text, sink);
            }
        }
        scanWithRe2j(patterns.re2jPatterns(), patterns.re2jIds(), text, sink);
    }

    private void scanWithHyperscan(String text, HitSink sink) {
        EncodedText encoded = EncodedText.of(text);
        hitCount = 0;
        HyperscanScanner outer = SCANNING.get();
        SCANNING.set(this);
        int rc;
        try {
            rc = hs_scan(database, encoded.buffer(), encoded.length(), 0, resources.scratch, ON_MATCH, null);
        } finally {
            if (outer == null) {
                SCANNING.remove();
            } else {
                SCANNING.set(outer);
            }
        }
        if (rc != HS_SUCCESS) {
            throw new IllegalStateException("Hyperscan scan failed: error " + rc);
        }
        for (int h = 0; h < hitCount; h++) { // before the sink sees a hit: it may scan another text on this thread
            hitStart[h] = encoded.charOffset(hitStart[h]);
            hitEnd[h] = encoded.charOffset(hitEnd[h]);
        }
        this.text = text;
        try {
            normalizer.emit(hitIndex, hitStart, hitEnd, hitCount, patterns.hyperscanIds(), patterns.gateWidths(),
                    exact, sink);
        } finally {
            this.text = null;
        }
    }

    private void addHit(int index, int from, int to) {
        if (hitCount == hitIndex.length) {
            int size = hitCount * 2;
            hitIndex = Arrays.copyOf(hitIndex, size);
            hitStart = Arrays.copyOf(hitStart, size);
            hitEnd = Arrays.copyOf(hitEnd, size);
        }
        hitIndex[hitCount] = index;
        hitStart[hitCount] = from;
        hitEnd[hitCount] = to;
        hitCount++;
    }

    /** RE2/J's next match of a Hyperscan pattern, for the spans {@link LeftmostLongest} cannot settle alone. */
    private long exactNext(int index, int from, int limit) {
        if (limit < text.length()) {
            long match = exactNext(index, from, CharBuffer.wrap(text, 0, limit));
            // a match that reaches the cut may be cut short (or be an artefact of the cut): ask the whole text
            if (match < 0 || (int) match < limit) {
                return match;
            }
        }
        return exactNext(index, from, text);
    }

    private long exactNext(int index, int from, CharSequence input) {
        Matcher m = exactMatchers[index];
        if (m == null) {
            m = patterns.hyperscanExact()[index].matcher(input);
            exactMatchers[index] = m;
        } else {
            m.reset(input);
        }
        while (from <= input.length() && m.find(from)) {
            if (m.end() > m.start()) {
                return (long) m.start() << 32 | m.end();
            }
            from = m.end() + 1;
        }
        return -1;
    }

    private static void scanWithRe2j(Pattern[] re2j, int[] ids, String text, HitSink sink) {
        for (int i = 0; i < re2j.length; i++) {
            Re2jEngine.scanOne(re2j[i], ids[i], text, sink);
        }
    }

    @Override
    public void close() {
        closed = true;
        cleanable.clean();
    }

    /** Native memory of one scanner, freed on close or, failing that, when the scanner is collected. */
    private static final class NativeResources implements Runnable {
        hs_scratch_t scratch;

        @Override
        public void run() {
            if (scratch != null) {
                hs_free_scratch(scratch);
                scratch = null;
            }
        }
    }
}
