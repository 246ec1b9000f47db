package dev.ferret.core.confirm;

import dev.ferret.core.extract.TextSegment;
import dev.ferret.identifiers.IdentifierDefinition;

/**
 * Receives confirmed detections: the identifier and the span {@code [start, end)} in the segment's text. The span is
 * for locating the occurrence (and, only where a feature asks for it, a masked sample); the value itself must not be kept.
 */
@FunctionalInterface
public interface DetectionSink {
    void detected(IdentifierDefinition identifier, TextSegment segment, int start, int end);
}
