package dev.ferret.s3;

import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.UnreadableObjectException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What an S3 failure means for a scan: worth another try, or the object's status with a reason. */
final class S3Errors {

    private S3Errors() {
    }

    /** The failure behind the SDK's and the futures' wrappers. */
    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Throttling, server errors, timeouts and broken connections are worth another try; refusals, missing objects
     * and client-side failures (no credentials) are not.
     */
    static boolean isRetryable(Throwable t) {
        t = unwrap(t);
        if (t instanceof UnreadableObjectException) {
            return false;
        }
        if (t instanceof AwsServiceException e) {
            return e.statusCode() >= 500 || e.statusCode() == 429 || e.isThrottlingException();
        }
        if (t instanceof ApiCallAttemptTimeoutException || t instanceof IOException) {
            return true;
        }
        // a broken or refused connection comes wrapped; a client-side failure such as missing credentials does not
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short description of the failure for statuses and logs: HTTP status and error code, or what the client said
     * (the SDK's messages name hosts and causes, never content), or the exception class.
     */
    static String describe(Throwable t) {
        t = unwrap(t);
        if (t instanceof AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            return "HTTP " + e.statusCode() + (code == null ? "" : " " + code);
        }
        if (t instanceof SdkClientException && t.getMessage() != null) {
            String message = t.getMessage();
            return message.length() <= 200 ? message : message.substring(0, 200) + "...";
        }
        return t.getClass().getSimpleName();
    }

    /** The object's status for a read that failed after {@code attempts} tries. */
    static UnreadableObjectException forRead(Throwable t, int attempts) {
        Throwable cause = unwrap(t);
        if (cause instanceof UnreadableObjectException known) {
            return known;
        }
        String said = describe(cause);
        if (cause instanceof AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
            if ("InvalidObjectState".equals(code)) {
                return new UnreadableObjectException(StatusReason.INVALID_OBJECT_STATE,
                        "object is archived and must be restored before it can be read (" + said + ")", cause);
            }
            switch (e.statusCode()) {
                case 403:
                    return new UnreadableObjectException(StatusReason.PERMISSION_DENIED,
                            "access denied reading the object (" + said + "; needs s3:GetObject)", cause);
                case 404:
                    return new UnreadableObjectException(StatusReason.SOURCE_OBJECT_NO_LONGER_AVAILABLE,
                            "object no longer exists (" + said + ")", cause);
                case 412, 416:
                    return new UnreadableObjectException(StatusReason.OBJECT_VERSION_MISMATCH,
                            "object changed since it was listed (" + said + ")", cause);
                default:
                    break;
            }
        }
        return new UnreadableObjectException(StatusReason.UNABLE_TO_PARSE_FILE,
                "S3 read failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + " (" + said + ")", cause);
    }
}
