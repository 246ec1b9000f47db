package dev.ferret.core.extract.archive;

import java.io.IOException;

/** Thrown into a reader when expansion passes a limit; the reason is recorded in the {@link ExpansionBudget}. */
final class LimitExceededException extends IOException {
    LimitExceededException(String message) {
        super(message);
    }
}
