package dev.ferret.s3.publish;

/** Some events could not be delivered after the retries allowed. The message names counts and error codes only. */
public final class PublishException extends RuntimeException {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
