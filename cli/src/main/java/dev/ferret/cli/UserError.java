package dev.ferret.cli;

/**
 * An error the user can fix; its message says what is wrong and what to do, in one line, and never quotes file content.
 */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
