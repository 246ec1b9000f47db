package dev.ferret.s3.job;

import dev.ferret.core.source.ObjectRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which listed objects a job scans, as Macie's job scoping decides it: an object must meet every include criterion and
 * no exclude criterion (excludes win), and then fall in the sample. Sampling is deterministic: an object is kept when
 * the hash of its bucket and key falls below the percentage, so every run of a job picks the same objects.
 */
public final class ObjectScope {

    /** Scans everything. */
    public static final ObjectScope ALL = new ObjectScope(List.of(), List.of(), 100);

    private final List<ScopeCriterion> includes;
    private final List<ScopeCriterion> excludes;
    private final double samplingPercentage;

    /** @throws IllegalArgumentException if the percentage is not in (0, 100] */
    public ObjectScope(List<ScopeCriterion> includes, List<ScopeCriterion> excludes, double samplingPercentage) {
        if (!(samplingPercentage > 0 && samplingPercentage <= 100)) {
            throw new IllegalArgumentException("the sampling percentage must be above 0 and at most 100, got " + samplingPercentage);
        }
        this.includes = tagsLast(includes);
        this.excludes = tagsLast(excludes);
        this.samplingPercentage = samplingPercentage;
    }

    public boolean needsTags() {
        return Stream.concat(includes.stream(), excludes.stream()).anyMatch(ScopeCriterion::needsTags);
    }

    /**
     * Why the object is left out ({@code excluded:<criterion>}, {@code not-included:<criterion>}, {@code not-sampled},
     * {@code tags-unreadable}), or empty when it is to be scanned. Tags are read at most once per object, and only when
     * every cheaper criterion has passed.
     */
    public Optional<String> skipReason(ObjectRef ref, ObjectTags tags) {
        ObjectTags once = memoized(tags);
        try {
            for (ScopeCriterion c : includes) {
                if (!c.matches(ref, once)) {
                    return Optional.of("not-included:" + c.name());
                }
            }
            for (ScopeCriterion c : excludes) {
                if (c.matches(ref, once)) {
                    return Optional.of("excluded:" + c.name());
                }
            }
        } catch (ObjectTags.TagsUnreadableException e) {
            return Optional.of("tags-unreadable");
        }
        return sampled(ref) ? Optional.empty() : Optional.of("not-sampled");
    }

    /** Whether the object falls in the sample: the first 64 bits of SHA-256(bucket NUL key), as a fraction, below P%. */
    boolean sampled(ObjectRef ref) {
        if (samplingPercentage >= 100) {
            return true;
        }
        byte[] hash = sha256(ref.bucket() + '\0' + ref.key());
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        double fraction = (bits >>> 11) * 0x1.0p-53; // the top 53 bits, exactly representable, in [0, 1)
        return fraction * 100 < samplingPercentage;
    }

    private static ObjectTags memoized(ObjectTags tags) {
        return new ObjectTags() {
            private Map<String, String> read;

            @Override
            public Map<String, String> of(ObjectRef ref) {
                if (read == null) {
                    read = tags.of(ref);
                }
                return read;
            }
        };
    }

    private static List<ScopeCriterion> tagsLast(List<ScopeCriterion> criteria) {
        return criteria.stream().sorted(Comparator.comparing(ScopeCriterion::needsTags)).toList();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
