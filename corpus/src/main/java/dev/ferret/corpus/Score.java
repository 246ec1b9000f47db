package dev.ferret.corpus;

import java.util.Locale;

/** Counts of one identifier (or of everything): planted values, detections, and how they matched. */
public record Score(long truth, long found, long truePositives, long falsePositives, long falseNegatives) {

    public static final Score ZERO = new Score(0, 0, 0, 0, 0);

    Score plus(Score o) {
        return new Score(truth + o.truth, found + o.found, truePositives + o.truePositives,
                falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    /** 1 when nothing was reported (no false alarm is possible). */
    public double precision() {
        return found == 0 ? (truth == 0 ? 1 : 0) : (double) truePositives / (truePositives + falsePositives);
    }

    /** 1 when nothing was planted. */
    public double recall() {
        return truth == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    long errors() {
        return falsePositives + falseNegatives;
    }

    String row(String name) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |",
                name, truth, found, truePositives, falsePositives, falseNegatives, precision(), recall(), f1());
    }
}
