package dev.ferret.s3.job;

import dev.ferret.core.source.ObjectRef;

import java.util.Map;

/** Reads an object's tags (for S3, a GetObjectTagging request); only tag criteria ask. */
@FunctionalInterface
public interface ObjectTags {

    /** A source without tags, such as a local folder. */
    ObjectTags NONE = ref -> Map.of();

    /**
     * The object's tags, key to value.
     *
     * @throws TagsUnreadableException if the store refuses or fails the request
     */
    Map<String, String> of(ObjectRef ref);

    /** The tags could not be read, so a tag criterion cannot be decided and the object is skipped with this reason. */
    final class TagsUnreadableException extends RuntimeException {
        public TagsUnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
