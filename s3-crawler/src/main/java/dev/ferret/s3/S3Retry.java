package dev.ferret.s3;

import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Tries that the SDK's own retries do not cover: a ranged read whose body broke off or came short, or a request that
 * still failed after the SDK's attempts (its retry quota spent under a burst of throttling). Exponential backoff
 * with full jitter, as the SDK does.
 */
final class S3Retry {

    private static final long BASE_MILLIS = 100;
    private static final long CAP_MILLIS = 5_000;

    private final int maxAttempts;

    S3Retry(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /** A call that failed for good: its last failure, unwrapped, and how many times it was tried. */
    static final class Failed extends Exception {
        final int attempts;

        Failed(Throwable cause, int attempts) {
            super(cause);
            this.attempts = attempts;
        }
    }

    /**
     * Waits for {@code inFlight}; while it fails for a reason another try may fix, and fewer than the maximum attempts
     * were made, waits a jittered backoff and tries {@code again}.
     */
    <T> T await(CompletableFuture<T> inFlight, Supplier<CompletableFuture<T>> again) throws Failed, InterruptedIOException {
        CompletableFuture<T> future = inFlight;
        for (int attempt = 1; ; attempt++) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading from S3");
            } catch (ExecutionException | CompletionException e) {
                Throwable cause = S3Errors.unwrap(e);
                if (attempt >= maxAttempts || !S3Errors.isRetryable(cause)) {
                    throw new Failed(cause, attempt);
                }
            }
            backOff(attempt);
            future = again.get();
        }
    }

    private static void backOff(int attempt) throws InterruptedIOException {
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 16));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
