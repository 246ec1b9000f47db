package dev.ferret.core.result;

/** Macie's classification result status code. */
public enum StatusCode {
    COMPLETE,
    PARTIAL,
    SKIPPED
}
