package dev.ferret.s3.act;

import dev.ferret.core.source.ObjectRef;
import dev.ferret.s3.job.ObjectTags;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** An object's tags from GetObjectTagging (of its version, where it has one), in the order S3 returns them. */
public final class S3ObjectTags implements ObjectTags {

    private final S3AsyncClient s3;

    public S3ObjectTags(S3AsyncClient s3) {
        this.s3 = s3;
    }

    @Override
    public Map<String, String> of(ObjectRef ref) {
        GetObjectTaggingRequest.Builder request = GetObjectTaggingRequest.builder().bucket(ref.bucket()).key(ref.key());
        if (!ref.versionId().isEmpty()) {
            request.versionId(ref.versionId());
        }
        try {
            Map<String, String> tags = new LinkedHashMap<>();
            for (Tag tag : s3.getObjectTagging(request.build()).join().tagSet()) {
                tags.put(tag.key(), tag.value());
            }
            return tags;
        } catch (CompletionException e) {
            throw new TagsUnreadableException("GetObjectTagging failed: " + describe(e.getCause()), e.getCause());
        }
    }

    /** The error's HTTP status and S3 code (or its class): never the request's content. */
    static String describe(Throwable error) {
        if (error instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            return s3.statusCode() + " " + s3.awsErrorDetails().errorCode();
        }
        return error instanceof SdkException ? error.getClass().getSimpleName() : String.valueOf(error);
    }
}
