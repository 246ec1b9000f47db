package dev.ferret.core.match;

/** A pattern that no engine accepts; the message names the pattern id and the construct at fault. */
public class PatternCompileException extends RuntimeException {

    private final int patternId;

    public PatternCompileException(int patternId, String message, Throwable cause) {
        super(message, cause);
        this.patternId = patternId;
    }

    public int patternId() {
        return patternId;
    }
}
