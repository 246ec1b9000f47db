package dev.ferret.core.extract;

/** Receives the text segments of one document, in document order. */
@FunctionalInterface
public interface TextSink {
    void accept(TextSegment segment);
}
