package dev.ferret.s3;

/**
 * A bucket and an optional key prefix, as written {@code s3://BUCKET[/PREFIX]}. The prefix is kept as written (S3
 * prefixes are plain string prefixes, so {@code s3://b/logs} also matches {@code logs-2024/...}).
 */
public record S3Location(String bucket, String prefix) {

    public static final String SCHEME = "s3://";

    public S3Location {
        if (bucket == null || bucket.isEmpty() || bucket.contains("/")) {
            throw new IllegalArgumentException("an S3 location needs a bucket name: s3://BUCKET[/PREFIX]");
        }
        prefix = prefix == null ? "" : prefix;
    }

    public static boolean isS3(String target) {
        return target.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Parses {@code s3://BUCKET[/PREFIX]}. */
    public static S3Location parse(String target) {
        if (!isS3(target)) {
            throw new IllegalArgumentException("not an S3 location (s3://BUCKET[/PREFIX]): " + target);
        }
        String rest = target.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? new S3Location(rest, "") : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
