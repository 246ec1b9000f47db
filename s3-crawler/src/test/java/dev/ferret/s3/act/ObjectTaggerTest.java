package dev.ferret.s3.act;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.s3.job.ObjectScope;
import dev.ferret.s3.job.ObjectTags;
import dev.ferret.s3.job.ScopeCriterion;
import dev.ferret.s3.testing.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.Tagging;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Object tagging against Adobe S3Mock (S3Proxy has no tagging). */
class ObjectTaggerTest {

    private static final String BUCKET = "tagging";

    static S3MockServer server;
    static S3AsyncClient s3;

    @BeforeAll
    static void start() throws Exception {
        server = S3MockServer.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET)).join();
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        server.close();
    }

    private record S3Ref(String bucket, String key, long size, Instant lastModified) implements ObjectRef {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }

    /** Puts an object with {@code userTags} user tags and returns the result of a scan that found {@code found}. */
    private static ObjectScanResult object(String key, int userTags, Category... found) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < userTags; i++) {
            tags.put("user-" + i, "value " + i);
        }
        return object(key, tags, found);
    }

    private static ObjectScanResult object(String key, Map<String, String> tags, Category... found) {
        // tags set apart from the upload: S3Mock keeps tags from the upload's x-amz-tagging header URL-encoded
        s3.putObject(b -> b.bucket(BUCKET).key(key), AsyncRequestBody.fromString("x")).join();
        if (!tags.isEmpty()) {
            s3.putObjectTagging(b -> b.bucket(BUCKET).key(key).tagging(tagging(tags))).join();
        }
        List<DetectionSummary> detections = java.util.Arrays.stream(found)
                .map(c -> new DetectionSummary(identifierOf(c), 1, List.of())).toList();
        S3Ref ref = new S3Ref(BUCKET, key, 1, Instant.now());
        return new ObjectScanResult(ref, "e", List.of(new DocumentResult(DocumentInfo.object(ref.name(), 1, null),
                "text/plain", 1, ScanStatus.COMPLETE, detections)));
    }

    private static Tagging tagging(Map<String, String> tags) {
        return Tagging.builder().tagSet(tags.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()).build();
    }

    private static IdentifierDefinition identifierOf(Category category) {
        return ManagedCatalogue.get().all().stream().filter(d -> d.category() == category).findFirst().orElseThrow();
    }

    private static Map<String, String> tagsOf(String key) {
        return new S3ObjectTags(s3).of(new S3Ref(BUCKET, key, 1, null));
    }

    @Test
    void addsFerretTagsAndKeepsEveryUserTag() {
        ObjectTagger tagger = new ObjectTagger(s3);
        ObjectScanResult result = object("three-tags.csv", 3, Category.PERSONAL_INFORMATION, Category.FINANCIAL_INFORMATION);
        Map<String, String> before = tagsOf("three-tags.csv");
        ObjectTagger.Outcome outcome = tagger.tag(result).orElseThrow();
        assertEquals(ObjectTagger.Status.TAGGED, outcome.status(), outcome.detail());
        Map<String, String> after = tagsOf("three-tags.csv");
        assertEquals(5, after.size(), after.toString());
        before.forEach((k, v) -> assertEquals(v, after.get(k), "user tag " + k));
        assertEquals("true", after.get(ObjectTagger.SENSITIVE));
        assertEquals("FINANCIAL_INFORMATION+PERSONAL_INFORMATION", after.get(ObjectTagger.CATEGORIES));
        assertEquals(ObjectTagger.Status.ALREADY_TAGGED, tagger.tag(result).orElseThrow().status(), "a second run writes nothing");
    }

    @Test
    void respectsTheTenTagLimitWithoutDroppingUserTags() {
        ObjectTagger tagger = new ObjectTagger(s3);
        assertEquals(ObjectTagger.Status.TAGGED,
                tagger.tag(object("eight.txt", 8, Category.CREDENTIALS)).orElseThrow().status());
        assertEquals(10, tagsOf("eight.txt").size());

        ObjectTagger.Outcome full = tagger.tag(object("nine.txt", 9, Category.CREDENTIALS)).orElseThrow();
        assertEquals(ObjectTagger.Status.NO_ROOM, full.status());
        assertEquals(9, tagsOf("nine.txt").size(), "nothing written");
        assertEquals("NO_ROOM", full.toJson().at("/objectTagging/status").asText());
        assertEquals("nine.txt", full.toJson().at("/objectTagging/key").asText());

        // the Ferret tags of an earlier run are Ferret's to update, so they take no extra room
        Map<String, String> earlier = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            earlier.put("user-" + i, "v");
        }
        earlier.put(ObjectTagger.SENSITIVE, "true");
        earlier.put(ObjectTagger.CATEGORIES, "CREDENTIALS");
        assertEquals(ObjectTagger.Status.TAGGED,
                tagger.tag(object("retag.txt", earlier, Category.CREDENTIALS, Category.PERSONAL_INFORMATION)).orElseThrow().status());
        Map<String, String> after = tagsOf("retag.txt");
        assertEquals(10, after.size());
        assertEquals("CREDENTIALS+PERSONAL_INFORMATION", after.get(ObjectTagger.CATEGORIES));
    }

    @Test
    void leavesObjectsWithoutFindingsAloneAndReportsFailures() {
        ObjectTagger tagger = new ObjectTagger(s3);
        assertEquals(Optional.empty(), tagger.tag(object("clean.txt", 1)));
        assertEquals(1, tagsOf("clean.txt").size());
        S3Ref missing = new S3Ref(BUCKET, "no-such-key.txt", 1, null);
        ObjectTagger.Outcome failed = tagger.tag(missing, new java.util.TreeSet<>(List.of(Category.CREDENTIALS)));
        assertEquals(ObjectTagger.Status.FAILED, failed.status());
        assertTrue(failed.detail().contains("404"), failed.detail());
    }

    @Test
    void tagScopeReadsTagsFromTheBucket() {
        object("scoped-a.txt", Map.of("team", "data", "class", "public"));
        object("scoped-b.txt", Map.of("team", "data", "class", "secret"));
        object("scoped-c.txt", Map.of("team", "web"));
        ObjectScope scope = new ObjectScope(List.of(new ScopeCriterion.Tag(Map.of("team", "data"))),
                List.of(new ScopeCriterion.Tag(Map.of("class", "secret"))), 100);
        ObjectTags tags = new S3ObjectTags(s3);
        assertEquals(Optional.empty(), scope.skipReason(new S3Ref(BUCKET, "scoped-a.txt", 1, null), tags));
        assertEquals(Optional.of("excluded:tag"), scope.skipReason(new S3Ref(BUCKET, "scoped-b.txt", 1, null), tags));
        assertEquals(Optional.of("not-included:tag"), scope.skipReason(new S3Ref(BUCKET, "scoped-c.txt", 1, null), tags));
        assertEquals(Optional.of("tags-unreadable"), scope.skipReason(new S3Ref(BUCKET, "gone.txt", 1, null), tags));
    }
}
