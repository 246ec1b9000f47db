package dev.ferret.s3.watch;

import java.time.Duration;

/**
 * How {@code watch} consumes its queue.
 *
 * @param queueUrl          the SQS queue URL
 * @param concurrency       messages processed at once (and so the most received and not yet acknowledged)
 * @param waitTime          the long-poll wait, at most 20 s
 * @param visibilityTimeout how long a received message stays hidden; renewed every half of it while its scan runs
 * @param maxReceives       a message received more often than this is logged and left alone, for the redrive policy
 * @param shutdownGrace     on stop, how long in-flight messages may take to finish before they are abandoned
 */
public record WatchSettings(String queueUrl, int concurrency, Duration waitTime, Duration visibilityTimeout,
                            int maxReceives, Duration shutdownGrace) {

    public WatchSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        if (waitTime.isNegative() || waitTime.toSeconds() > 20) {
            throw new IllegalArgumentException("the long-poll wait must be 0 to 20 seconds, got " + waitTime.toSeconds());
        }
        if (visibilityTimeout.toSeconds() < 2 || visibilityTimeout.toSeconds() > 43_200) {
            throw new IllegalArgumentException("the visibility timeout must be 2 s to 12 h, got " + visibilityTimeout.toSeconds() + " s");
        }
        if (maxReceives < 1) {
            throw new IllegalArgumentException("max receives must be at least 1, got " + maxReceives);
        }
    }
}
