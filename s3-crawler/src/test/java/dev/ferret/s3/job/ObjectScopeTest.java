package dev.ferret.s3.job;

import dev.ferret.core.source.ObjectRef;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObjectScopeTest {

    private static final Instant T = Instant.parse("2024-06-01T00:00:00Z");

    private static ObjectRef ref(String key, long size, Instant modified) {
        return new TestRef("bucket", key, size, modified, "e", "");
    }

    @Test
    void everyIncludeMustMatchAndAnyExcludeWins() {
        ObjectScope scope = new ObjectScope(
                List.of(new ScopeCriterion.KeyPrefix(List.of("data/", "logs/")), new ScopeCriterion.Extension(Set.of(".CSV", "txt"))),
                List.of(new ScopeCriterion.SizeRange(5_000_001, Long.MAX_VALUE), new ScopeCriterion.KeyPattern(List.of(KeyGlob.of("**/tmp/**")))),
                100);
        assertEquals(Optional.empty(), scope.skipReason(ref("data/a.csv", 10, T), ObjectTags.NONE));
        assertEquals(Optional.empty(), scope.skipReason(ref("logs/A.TXT", 10, T), ObjectTags.NONE));
        assertEquals(Optional.of("not-included:prefix"), scope.skipReason(ref("other/a.csv", 10, T), ObjectTags.NONE));
        assertEquals(Optional.of("not-included:extension"), scope.skipReason(ref("data/a.json", 10, T), ObjectTags.NONE));
        assertEquals(Optional.of("excluded:size"), scope.skipReason(ref("data/big.csv", 6_000_000, T), ObjectTags.NONE));
        assertEquals(Optional.of("excluded:key-pattern"), scope.skipReason(ref("data/x/tmp/a.csv", 10, T), ObjectTags.NONE));
    }

    @Test
    void lastModifiedRangeIsFromInclusiveUntilExclusiveAndUnknownTimesDoNotMatch() {
        ScopeCriterion range = new ScopeCriterion.LastModifiedRange(T, T.plusSeconds(60));
        assertTrue(range.matches(ref("k", 1, T), ObjectTags.NONE));
        assertTrue(range.matches(ref("k", 1, T.plusSeconds(59)), ObjectTags.NONE));
        assertTrue(!range.matches(ref("k", 1, T.plusSeconds(60)), ObjectTags.NONE));
        assertTrue(!range.matches(ref("k", 1, T.minusMillis(1)), ObjectTags.NONE));
        assertTrue(!range.matches(ref("k", 1, null), ObjectTags.NONE));
        assertTrue(!new ScopeCriterion.SizeRange(0, 10).matches(ref("k", -1, T), ObjectTags.NONE));
    }

    @Test
    void tagsAreReadOnceAndOnlyAfterTheCheaperCriteriaPass() {
        AtomicInteger reads = new AtomicInteger();
        ObjectTags tags = r -> {
            reads.incrementAndGet();
            return r.key().startsWith("data/secret") ? Map.of("class", "secret", "team", "x") : Map.of("team", "x");
        };
        ObjectScope scope = new ObjectScope(
                List.of(new ScopeCriterion.Tag(Map.of("team", "")), new ScopeCriterion.KeyPrefix(List.of("data/"))),
                List.of(new ScopeCriterion.Tag(Map.of("class", "secret"))), 100);
        assertTrue(scope.needsTags());
        assertEquals(Optional.of("not-included:prefix"), scope.skipReason(ref("other/a", 1, T), tags));
        assertEquals(0, reads.get(), "no tag read for an object the prefix already rules out");
        assertEquals(Optional.empty(), scope.skipReason(ref("data/a", 1, T), tags));
        assertEquals(1, reads.get());
        assertEquals(Optional.of("excluded:tag"), scope.skipReason(ref("data/secret.txt", 1, T), tags));
        assertEquals(2, reads.get(), "one read for both tag criteria");
        ObjectTags failing = r -> {
            throw new ObjectTags.TagsUnreadableException("403", null);
        };
        assertEquals(Optional.of("tags-unreadable"), scope.skipReason(ref("data/a", 1, T), failing));
    }

    @RepeatedTest(5)
    void samplingKeepsTheSameObjectsEveryTimeAndAboutThePercentage() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        double percentage = 1 + random.nextInt(99);
        ObjectScope scope = new ObjectScope(List.of(), List.of(), percentage);
        List<ObjectRef> refs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            refs.add(ref("k/" + Long.toHexString(random.nextLong()) + ".txt", 1, T));
        }
        List<ObjectRef> first = refs.stream().filter(r -> scope.skipReason(r, ObjectTags.NONE).isEmpty()).toList();
        ObjectScope again = new ObjectScope(List.of(), List.of(), percentage);
        List<ObjectRef> second = refs.stream().filter(r -> again.skipReason(r, ObjectTags.NONE).isEmpty()).toList();
        assertEquals(first, second, "seed " + seed);
        double kept = 100.0 * first.size() / refs.size();
        // binomial standard deviation at n=4000 is at most 0.8 points: 4 of them is far outside chance
        assertTrue(Math.abs(kept - percentage) < 3.2, "seed " + seed + ": kept " + kept + "% for " + percentage + "%");
        refs.stream().filter(r -> !first.contains(r))
                .forEach(r -> assertEquals(Optional.of("not-sampled"), scope.skipReason(r, ObjectTags.NONE), "seed " + seed));
    }

    @Test
    void samplingPercentageMustBeAboveZeroAndAtMostAHundred() {
        assertThrows(IllegalArgumentException.class, () -> new ObjectScope(List.of(), List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new ObjectScope(List.of(), List.of(), 100.5));
    }
}
