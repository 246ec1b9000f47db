package dev.ferret.core.source;

import dev.ferret.core.result.StatusReason;

import java.io.IOException;

/**
 * A source could not read an object, for a reason that becomes the object's result status (deleted since it was
 * listed, access denied, changed while being read, archived). The message says what the store answered, never content.
 */
public class UnreadableObjectException extends IOException {

    private final StatusReason reason;

    public UnreadableObjectException(StatusReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableObjectException(StatusReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StatusReason reason() {
        return reason;
    }
}
