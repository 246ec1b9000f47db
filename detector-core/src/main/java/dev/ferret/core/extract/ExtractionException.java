package dev.ferret.core.extract;

import dev.ferret.core.result.StatusReason;

/**
 * A document could not be extracted, for a reason that becomes its result status. The message describes the file
 * (structure, sizes, limits) and must never quote its content.
 */
public class ExtractionException extends Exception {

    private final StatusReason reason;

    public ExtractionException(StatusReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionException(StatusReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StatusReason reason() {
        return reason;
    }
}
