package dev.ferret.s3.act;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.identifiers.Category;
import dev.ferret.s3.job.ObjectTags;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.PutObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.Tagging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Tags objects that hold sensitive data with {@code ferret:sensitive=true} and {@code ferret:categories=<categories
 * joined by +>}. The object's other tags are kept as they are: S3 replaces the whole tag set on PutObjectTagging, so the
 * tagger reads the set, changes only its own {@code ferret:} keys and writes the set back. When that would exceed S3's
 * limit of 10 tags per object it writes nothing and says so. S3 offers no conditional tagging, so a tag another writer
 * sets between the read and the write is lost; the window is one round trip.
 */
public final class ObjectTagger {

    public static final int S3_TAG_LIMIT = 10;
    public static final String SENSITIVE = "ferret:sensitive";
    public static final String CATEGORIES = "ferret:categories";

    public enum Status {
        /** The Ferret tags were added or updated. */
        TAGGED,
        /** The object already carried the same Ferret tags: nothing written. */
        ALREADY_TAGGED,
        /** The object's own tags leave no room for Ferret's: nothing written. */
        NO_ROOM,
        /** Reading or writing the tags failed (detail: HTTP status and S3 error code). */
        FAILED
    }

    /** What happened to one object's tags. */
    public record Outcome(ObjectRef object, Status status, String detail) {

        /** The record a job writes to its results for this outcome: {@code {"objectTagging": {...}}}. */
        public ObjectNode toJson() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ObjectNode node = root.putObject("objectTagging");
            node.put("bucket", object.bucket());
            node.put("key", object.key());
            node.put("versionId", object.versionId());
            node.put("status", status.name());
            node.put("detail", detail);
            return root;
        }
    }

    private final S3AsyncClient s3;
    private final S3ObjectTags reader;

    public ObjectTagger(S3AsyncClient s3) {
        this.s3 = s3;
        this.reader = new S3ObjectTags(s3);
    }

    /** Tags the scanned object if anything was found in it (or in a file inside it); otherwise returns empty. */
    public Optional<Outcome> tag(ObjectScanResult result) {
        SortedSet<Category> categories = categories(result);
        return categories.isEmpty() ? Optional.empty() : Optional.of(tag(result.object(), categories));
    }

    Outcome tag(ObjectRef ref, SortedSet<Category> categories) {
        Map<String, String> existing;
        try {
            existing = reader.of(ref);
        } catch (ObjectTags.TagsUnreadableException e) {
            return new Outcome(ref, Status.FAILED, e.getMessage());
        }
        Map<String, String> ours = Map.of(SENSITIVE, "true",
                CATEGORIES, categories.stream().map(Category::name).collect(Collectors.joining("+")));
        Map<String, String> merged = new LinkedHashMap<>(existing);
        merged.putAll(ours);
        if (merged.equals(existing)) {
            return new Outcome(ref, Status.ALREADY_TAGGED, null);
        }
        if (merged.size() > S3_TAG_LIMIT) {
            return new Outcome(ref, Status.NO_ROOM, "the object has " + existing.size() + " tags; adding Ferret's would exceed S3's limit of "
                    + S3_TAG_LIMIT);
        }
        PutObjectTaggingRequest.Builder request = PutObjectTaggingRequest.builder().bucket(ref.bucket()).key(ref.key())
                .tagging(Tagging.builder().tagSet(merged.entrySet().stream()
                        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()).build());
        if (!ref.versionId().isEmpty()) {
            request.versionId(ref.versionId());
        }
        try {
            s3.putObjectTagging(request.build()).join();
            return new Outcome(ref, Status.TAGGED, null);
        } catch (CompletionException e) {
            return new Outcome(ref, Status.FAILED, "PutObjectTagging failed: " + S3ObjectTags.describe(e.getCause()));
        }
    }

    /** The Macie categories of everything detected in the object and the files inside it, in category order. */
    static SortedSet<Category> categories(ObjectScanResult result) {
        SortedSet<Category> categories = new TreeSet<>();
        for (DocumentResult doc : result.documents()) {
            for (DetectionSummary d : doc.detections()) {
                categories.add(d.identifier().category());
            }
        }
        return categories;
    }
}
