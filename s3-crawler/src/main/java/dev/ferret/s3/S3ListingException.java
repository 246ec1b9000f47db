package dev.ferret.s3;

/** A bucket could not be listed (no such bucket, access denied, or a failure that outlasted the retries). */
public final class S3ListingException extends RuntimeException {

    S3ListingException(String message, Throwable cause) {
        super(message, cause);
    }
}
