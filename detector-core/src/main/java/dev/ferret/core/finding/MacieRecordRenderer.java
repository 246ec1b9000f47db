package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.finding.ObjectDetections.CategoryDetections;
import dev.ferret.core.finding.ObjectDetections.TypeDetections;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Renders scan results as Macie JSON: the sensitive data finding of an object (all its documents added up, at most
 * 15 locations) and the sensitive data discovery result records (one per document, up to 1,000 locations per type).
 * Both are the same schema written by the same code; only the documents, the cap and a few result-only fields differ.
 * Nothing rendered holds a detected value: the inputs carry counts and locations only.
 */
public final class MacieRecordRenderer {

    private enum Kind { FINDING, RESULT }

    private final FindingContext context;
    private final List<IdentifierDefinition> catalogueOrder;

    /** @param catalogueOrder the identifiers in the order the scanner compiled them */
    public MacieRecordRenderer(FindingContext context, List<IdentifierDefinition> catalogueOrder) {
        this.context = context;
        this.catalogueOrder = List.copyOf(catalogueOrder);
    }

    /** The object's finding, or empty when nothing was found in it or in any file inside it. */
    public Optional<ObjectNode> finding(ObjectScanResult result) {
        ObjectDetections detections = ObjectDetections.of(result.documents(), catalogueOrder, OccurrenceCap.FINDING);
        if (detections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(render(result, detections, result.top(), Kind.FINDING));
    }

    /** One discovery result per document: the object itself first, then each file inside it, found anything or not. */
    public List<ObjectNode> results(ObjectScanResult result) {
        List<ObjectNode> records = new ArrayList<>();
        for (DocumentResult doc : result.documents()) {
            records.add(render(result, ObjectDetections.of(List.of(doc), catalogueOrder, OccurrenceCap.RESULT), doc, Kind.RESULT));
        }
        return records;
    }

    private ObjectNode render(ObjectScanResult result, ObjectDetections detections, DocumentResult subject, Kind kind) {
        Optional<FindingType> type = detections.type();
        String time = MacieJson.time(context.jobTime());
        ObjectNode root = MacieJson.object();
        root.put("accountId", context.accountId());
        root.put("archived", false);
        root.put("category", "CLASSIFICATION");
        root.set("classificationDetails", classificationDetails(detections, subject, kind));
        root.put("count", 1);
        root.put("createdAt", time);
        root.put("description", type.map(FindingType::description).orElse(null));
        root.put("id", id(result, subject, kind));
        root.put("partition", context.partition());
        root.put("region", context.region());
        root.set("resourcesAffected", resourcesAffected(result, subject, kind));
        root.put("sample", false);
        root.put("schemaVersion", "1.0");
        root.set("severity", detections.severity().map(MacieRecordRenderer::severity).orElse(null));
        root.put("title", type.map(FindingType::title).orElse(null));
        root.put("type", type.map(FindingType::macieName).orElse(null));
        root.put("updatedAt", time);
        return root;
    }

    private ObjectNode classificationDetails(ObjectDetections detections, DocumentResult subject, Kind kind) {
        ObjectNode details = MacieJson.object();
        details.put("detailedResultsLocation", context.resultsLocation());
        details.put("jobArn", context.jobArn());
        details.put("jobId", context.jobId());
        details.put("originType", "SENSITIVE_DATA_DISCOVERY_JOB");
        ObjectNode result = details.putObject("result");
        result.put("additionalOccurrences", detections.additionalOccurrences());
        ArrayNode custom = MacieJson.object().arrayNode();
        ArrayNode sensitive = MacieJson.object().arrayNode();
        long customTotal = 0;
        for (CategoryDetections category : detections.categories()) {
            if (category.category() == Category.CUSTOM_IDENTIFIER) {
                customTotal += category.totalCount();
                category.types().forEach(t -> custom.add(customDetection(t)));
            } else {
                ObjectNode item = sensitive.addObject();
                item.put("category", category.category().name());
                ArrayNode list = item.putArray("detections");
                category.types().forEach(t -> list.add(defaultDetection(t)));
                item.put("totalCount", category.totalCount());
            }
        }
        ObjectNode customNode = result.putObject("customDataIdentifiers");
        customNode.set("detections", custom);
        customNode.put("totalCount", customTotal);
        result.put("mimeType", subject.mimeType());
        result.set("sensitiveData", sensitive);
        result.put("sizeClassified", subject.sizeClassified());
        result.set("status", status(subject.status(), kind));
        return details;
    }

    private static ObjectNode defaultDetection(TypeDetections t) {
        ObjectNode node = MacieJson.object();
        node.put("count", t.count());
        node.set("occurrences", LocationJson.occurrences(t.occurrences()));
        node.put("type", t.identifier().id());
        return node;
    }

    /** As observed in Macie output, {@code arn} holds the custom identifier's UUID, not a full ARN. */
    private static ObjectNode customDetection(TypeDetections t) {
        ObjectNode node = MacieJson.object();
        node.put("arn", t.identifier().id());
        node.put("count", t.count());
        node.put("name", t.identifier().displayName());
        node.set("occurrences", LocationJson.occurrences(t.occurrences()));
        return node;
    }

    /** Macie's {@code {code, reason}}; result records add Ferret's {@code detail}, a sentence for people. */
    private static ObjectNode status(ScanStatus status, Kind kind) {
        ObjectNode node = MacieJson.object();
        node.put("code", status.code().name());
        node.put("reason", status.reason() == null ? null : status.reason().name());
        if (kind == Kind.RESULT) {
            node.put("detail", status.detail());
        }
        return node;
    }

    private static ObjectNode severity(Severity severity) {
        ObjectNode node = MacieJson.object();
        node.put("description", severity.description());
        node.put("score", severity.score());
        return node;
    }

    private ObjectNode resourcesAffected(ObjectScanResult result, DocumentResult subject, Kind kind) {
        ObjectRef ref = result.object();
        String bucketArn = "arn:" + context.partition() + ":s3:::" + ref.bucket();
        ObjectNode resources = MacieJson.object();
        ObjectNode bucket = resources.putObject("s3Bucket");
        // a local scan or a source that has not looked knows nothing of the bucket's posture: Macie's UNKNOWN/null
        bucket.put("allowsUnencryptedObjectUploads", "UNKNOWN");
        bucket.put("arn", bucketArn);
        bucket.putNull("createdAt");
        bucket.set("defaultServerSideEncryption", encryption("UNKNOWN"));
        bucket.put("name", ref.bucket());
        bucket.putNull("owner");
        bucket.putObject("publicAccess").put("effectivePermission", "UNKNOWN").putNull("permissionConfiguration");
        bucket.putArray("tags");
        ObjectNode object = resources.putObject("s3Object");
        object.put("bucketArn", bucketArn);
        object.put("eTag", result.eTag());
        if (kind == Kind.RESULT && subject.document().isEmbedded()) {
            object.set("embeddedFileDetails", embeddedFileDetails(subject));
        }
        object.put("extension", DocumentInfo.object(ref.name(), 0, null).extension());
        object.put("key", ref.key());
        object.put("lastModified", MacieJson.time(ref.lastModified()));
        object.put("path", ref.bucket() + "/" + ref.key());
        object.putNull("publicAccess");
        object.set("serverSideEncryption", encryption(ref.encryptionType()));
        object.put("size", ref.size() >= 0 ? ref.size() : result.top().sizeClassified());
        object.put("storageClass", ref.storageClass());
        object.putArray("tags");
        object.put("versionId", ref.versionId());
        return resources;
    }

    private static ObjectNode embeddedFileDetails(DocumentResult doc) {
        DocumentInfo info = doc.document();
        ObjectNode node = MacieJson.object();
        node.put("fileExtension", info.extension());
        node.put("fileLastModified", MacieJson.time(info.lastModified()));
        node.put("filePath", info.embeddedPath());
        node.put("fileSize", info.size() >= 0 ? info.size() : doc.sizeClassified());
        return node;
    }

    private static ObjectNode encryption(String type) {
        ObjectNode node = MacieJson.object();
        node.put("encryptionType", type);
        node.putNull("kmsMasterKeyId");
        return node;
    }

    /**
     * 32 lowercase hex from SHA-256 of the job, the object and its version, so a re-run of the same job over unchanged
     * objects yields the same IDs (no duplicate alerts). Result records mix in the embedded path and a kind marker so they
     * never share an ID with a finding or with each other.
     */
    private String id(ObjectScanResult result, DocumentResult subject, Kind kind) {
        ObjectRef ref = result.object();
        StringBuilder in = new StringBuilder()
                .append(context.jobId()).append('\0')
                .append(ref.bucket()).append('\0')
                .append(ref.key()).append('\0')
                .append(ref.versionId()).append('\0')
                .append(result.eTag());
        if (kind == Kind.RESULT) {
            in.append('\0').append("result").append('\0').append(subject.document().embeddedPath());
        }
        return HexFormat.of().formatHex(sha256(in.toString()), 0, 16);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
