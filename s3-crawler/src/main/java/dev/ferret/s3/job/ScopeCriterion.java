package dev.ferret.s3.job;

import dev.ferret.core.source.ObjectRef;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One condition on an object, as Macie's job scoping has them ({@code OBJECT_KEY}, {@code OBJECT_EXTENSION},
 * {@code OBJECT_SIZE}, {@code OBJECT_LAST_MODIFIED_DATE}, {@code TAG}), plus key patterns. Within one criterion the
 * values are alternatives (any may match).
 */
public sealed interface ScopeCriterion {

    /** The name under which objects skipped by this criterion are counted, such as {@code prefix}. */
    String name();

    /** Whether the object meets the criterion; {@code tags} are read only by a tag criterion. */
    boolean matches(ObjectRef ref, ObjectTags tags);

    /** Tag criteria cost a request per object, so the scope evaluates them after every other criterion. */
    default boolean needsTags() {
        return false;
    }

    record KeyPrefix(List<String> prefixes) implements ScopeCriterion {
        public String name() {
            return "prefix";
        }

        public boolean matches(ObjectRef ref, ObjectTags tags) {
            return prefixes.stream().anyMatch(ref.key()::startsWith);
        }
    }

    record KeyPattern(List<KeyGlob> globs) implements ScopeCriterion {
        public String name() {
            return "key-pattern";
        }

        public boolean matches(ObjectRef ref, ObjectTags tags) {
            return globs.stream().anyMatch(g -> g.matches(ref.key()));
        }
    }

    /** File-name extensions without the dot, compared case-insensitively; {@code ""} means no extension. */
    record Extension(Set<String> extensions) implements ScopeCriterion {
        public Extension {
            extensions = extensions.stream().map(e -> e.startsWith(".") ? e.substring(1) : e)
                    .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        public String name() {
            return "extension";
        }

        public boolean matches(ObjectRef ref, ObjectTags tags) {
            String name = ref.name();
            int dot = name.lastIndexOf('.');
            return extensions.contains(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    /** Sizes from {@code min} to {@code max} bytes, both inclusive; an unknown size (-1) never matches. */
    record SizeRange(long min, long max) implements ScopeCriterion {
        public String name() {
            return "size";
        }

        public boolean matches(ObjectRef ref, ObjectTags tags) {
            return ref.size() >= 0 && ref.size() >= min && ref.size() <= max;
        }
    }

    /** Last modified at or after {@code from} and before {@code until} (either may be null); unknown never matches. */
    record LastModifiedRange(Instant from, Instant until) implements ScopeCriterion {
        public String name() {
            return "last-modified";
        }

        public boolean matches(ObjectRef ref, ObjectTags tags) {
            Instant t = ref.lastModified();
            return t != null && (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
        }
    }

    /** Object tags; a tag given with an empty value matches the key with any value, as in Macie's tag scope terms. */
    record Tag(Map<String, String> tagValues) implements ScopeCriterion {
        public String name() {
            return "tag";
        }

        @Override
        public boolean needsTags() {
            return true;
        }

        public boolean matches(ObjectRef ref, ObjectTags tags) {
            Map<String, String> actual = tags.of(ref);
            return tagValues.entrySet().stream().anyMatch(want -> actual.containsKey(want.getKey())
                    && (want.getValue().isEmpty() || want.getValue().equals(actual.get(want.getKey()))));
        }
    }
}
