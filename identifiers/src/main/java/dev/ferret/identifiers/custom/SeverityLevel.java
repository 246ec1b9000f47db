package dev.ferret.identifiers.custom;

import dev.ferret.identifiers.Severity;

/** One of Macie's {@code severityLevels}: from this many occurrences on, the custom identifier rates this severity. */
public record SeverityLevel(long occurrencesThreshold, Severity severity) {
}
