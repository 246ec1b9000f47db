package dev.ferret.s3.publish;

import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.util.List;

/** Delivers PutEvents entries: to EventBridge, or printed for a dry run. */
public interface EventPublisher extends AutoCloseable {

    /** Returns once every entry is delivered; throws {@link PublishException} if some could not be. */
    void publish(List<PutEventsRequestEntry> entries);

    @Override
    default void close() {
    }
}
