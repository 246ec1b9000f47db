package dev.ferret.s3.act;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Renders a bucket posture finding as a Macie policy finding ({@code category: POLICY}). Macie raises these from the
 * API call that changed the bucket and names the caller; Ferret sees the bucket's state, not the change, so
 * {@code policyDetails.action} names the API through which the state was read and {@code actor} is null. The ID is
 * derived from the account, bucket and type, so a repeated check reports the same finding, as Macie updates its own.
 */
final class PolicyFindingRenderer {

    private final FindingContext context;

    PolicyFindingRenderer(FindingContext context) {
        this.context = context;
    }

    /**
     * @param observedThrough the S3 API whose answer showed the condition
     * @param encryptionType  the bucket's default encryption as Macie names it, or {@code UNKNOWN}
     * @param publicAccess    {@code PUBLIC}, {@code NOT_PUBLIC} or {@code UNKNOWN}
     */
    ObjectNode render(String bucket, PolicyFindingType type, String observedThrough, String encryptionType, String publicAccess) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        String time = MacieJson.time(context.jobTime());
        ObjectNode root = json.objectNode();
        root.put("accountId", context.accountId());
        root.put("archived", false);
        root.put("category", "POLICY");
        root.putNull("classificationDetails");
        root.put("count", 1);
        root.put("createdAt", time);
        root.put("description", type.description());
        root.put("id", id(bucket, type));
        root.put("partition", context.partition());
        ObjectNode policy = root.putObject("policyDetails");
        ObjectNode action = policy.putObject("action");
        action.put("actionType", "AWS_API_CALL");
        ObjectNode call = action.putObject("apiCallDetails");
        call.put("api", observedThrough);
        call.put("apiServiceName", "s3.amazonaws.com");
        call.put("firstSeen", time);
        call.put("lastSeen", time);
        policy.putNull("actor");
        root.put("region", context.region());
        ObjectNode resources = root.putObject("resourcesAffected");
        ObjectNode s3Bucket = resources.putObject("s3Bucket");
        s3Bucket.put("allowsUnencryptedObjectUploads", "UNKNOWN");
        s3Bucket.put("arn", "arn:" + context.partition() + ":s3:::" + bucket);
        s3Bucket.putNull("createdAt");
        ObjectNode encryption = s3Bucket.putObject("defaultServerSideEncryption");
        encryption.put("encryptionType", encryptionType);
        encryption.putNull("kmsMasterKeyId");
        s3Bucket.put("name", bucket);
        s3Bucket.putNull("owner");
        s3Bucket.putObject("publicAccess").put("effectivePermission", publicAccess).putNull("permissionConfiguration");
        s3Bucket.putArray("tags");
        resources.putNull("s3Object");
        root.put("sample", false);
        root.put("schemaVersion", "1.0");
        ObjectNode severity = root.putObject("severity");
        severity.put("description", type.severity().description());
        severity.put("score", type.severity().score());
        root.put("title", type.title());
        root.put("type", type.macieName());
        root.put("updatedAt", time);
        return root;
    }

    private String id(String bucket, PolicyFindingType type) {
        String in = context.accountId() + '\0' + bucket + '\0' + type.macieName();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
