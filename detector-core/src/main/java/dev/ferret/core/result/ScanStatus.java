package dev.ferret.core.result;

import java.util.Objects;

/**
 * Macie's {@code result.status}, plus a one-line {@code detail} for people. The detail says what went wrong in terms of
 * the file (its structure, sizes, limits), never its content.
 */
public record ScanStatus(StatusCode code, StatusReason reason, String detail) {

    public static final ScanStatus COMPLETE = new ScanStatus(StatusCode.COMPLETE, null, null);

    public ScanStatus {
        Objects.requireNonNull(code);
        if (code != StatusCode.COMPLETE && reason == null) {
            throw new IllegalArgumentException(code + " needs a reason");
        }
    }

    public static ScanStatus skipped(StatusReason reason, String detail) {
        return new ScanStatus(StatusCode.SKIPPED, reason, detail);
    }

    public static ScanStatus partial(StatusReason reason, String detail) {
        return new ScanStatus(StatusCode.PARTIAL, reason, detail);
    }
}
