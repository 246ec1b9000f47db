package dev.ferret.core.match;

/** Receives the matches of one scan: pattern id and the character span {@code [start, end)} in the scanned text. */
@FunctionalInterface
public interface HitSink {
    void hit(int patternId, int start, int end);
}
