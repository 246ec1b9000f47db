package dev.ferret.core;

import dev.ferret.core.extract.ExtractionLimits;

/**
 * Settings of a {@link Scanner}.
 *
 * @param limits            extraction limits
 * @param locationsPerType  how many occurrence locations to keep per identifier and document (Macie's results keep 1,000)
 */
public record ScanOptions(ExtractionLimits limits, int locationsPerType) {

    public static final ScanOptions DEFAULTS = new ScanOptions(ExtractionLimits.DEFAULTS, 1000);
}
