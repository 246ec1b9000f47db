package dev.ferret.core.match;

import com.google.re2j.Pattern;
import com.gliwka.hyperscan.jni.hs_database_t;

import java.util.Arrays;
import java.util.stream.IntStream;

import static com.gliwka.hyperscan.jni.hyperscan.hs_free_database;

/**
 * A compiled Hyperscan database plus the patterns RE2/J scans on its own. The database is immutable and shared; each
 * scanner owns its scratch. Close only after every scanner has finished.
 */
final class HyperscanPatterns implements CompiledPatterns {

    /** {@code null} when no pattern went to Hyperscan. */
    private hs_database_t database;
    private final int[] hyperscanIds;
    /** The same patterns for RE2/J, indexed as in the database, to settle spans Hyperscan's reports leave open. */
    private final Pattern[] hyperscanExact;
    static final int NOT_A_GATE = -1;
    /** A presence check: one report, at a match's end, stands for "the pattern matches". */
    static final int PRESENCE = -2;

    /**
     * Per database index: {@link #NOT_A_GATE}, or the pattern was compiled without start offsets and this is its
     * maximum width in bytes ({@link Integer#MAX_VALUE} if unbounded): a hit then only says where a match ends.
     */
    private final int[] gateWidths;
    private final int[] re2jIds;
    private final Pattern[] re2jPatterns;
    private final String engineName;
    private volatile boolean closed;

    HyperscanPatterns(hs_database_t database, int[] hyperscanIds, Pattern[] hyperscanExact, int[] gateWidths,
                      int[] re2jIds, Pattern[] re2jPatterns) {
        this.database = database;
        this.hyperscanIds = hyperscanIds;
        this.hyperscanExact = hyperscanExact;
        this.gateWidths = gateWidths;
        this.re2jIds = re2jIds;
        this.re2jPatterns = re2jPatterns;
        boolean anyGate = Arrays.stream(gateWidths).anyMatch(w -> w >= 0);
        this.engineName = database == null ? "re2j" : re2jIds.length == 0 && !anyGate ? "hyperscan" : "hyperscan+re2j";
    }

    @Override
    public PatternScanner newScanner() {
        checkOpen();
        return new HyperscanScanner(this);
    }

    @Override
    public String engineName() {
        return engineName;
    }

    /** Ids of the patterns that RE2/J scans because Hyperscan rejected them or reads them differently. */
    int[] re2jPatternIds() {
        return re2jIds.clone();
    }

    /** Ids of the patterns that Hyperscan only gates: RE2/J finds their spans where Hyperscan saw them end. */
    int[] gatedPatternIds() {
        return IntStream.range(0, gateWidths.length).filter(i -> gateWidths[i] >= 0)
                .map(i -> hyperscanIds[i]).toArray();
    }

    int[] gateWidths() {
        return gateWidths;
    }

    hs_database_t database() {
        return database;
    }

    int[] hyperscanIds() {
        return hyperscanIds;
    }

    Pattern[] hyperscanExact() {
        return hyperscanExact;
    }

    int[] re2jIds() {
        return re2jIds;
    }

    Pattern[] re2jPatterns() {
        return re2jPatterns;
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the pattern set is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (database != null) {
                hs_free_database(database);
                database = null;
            }
        }
    }
}
