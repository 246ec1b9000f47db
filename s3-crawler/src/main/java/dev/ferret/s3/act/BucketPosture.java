package dev.ferret.s3.act;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.FindingContext;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Checks a bucket's posture the way Macie's policy findings judge it, from GetPublicAccessBlock, GetBucketEncryption,
 * GetBucketPolicyStatus, GetBucketPolicy and GetBucketAcl. Every API's answer is reported: {@code OK}, or
 * {@code NOT_SUPPORTED} when the endpoint does not implement it (an S3-compatible store answering 501 NotImplemented or
 * 405), or {@code FAILED} (say 403): neither of the last two ever becomes a finding.
 */
public final class BucketPosture {

    /** How an API answered. */
    public enum ApiStatus { OK, NOT_SUPPORTED, FAILED }

    /** One API's answer: its status and, when not OK, the HTTP status and error code. */
    public record ApiAnswer(ApiStatus status, String detail) {
    }

    /**
     * The outcome of checking one bucket.
     *
     * @param apis     each API called, in call order, and how it answered
     * @param findings Macie policy findings, one per condition found
     */
    public record Report(String bucket, Map<String, ApiAnswer> apis, List<ObjectNode> findings) {

        /** The record a job writes to its results: {@code {"bucketPosture": {"bucket", "apis": {API: {status, detail}}, "findings": [types]}}}. */
        public ObjectNode toJson() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ObjectNode node = root.putObject("bucketPosture");
            node.put("bucket", bucket);
            ObjectNode apiNode = node.putObject("apis");
            apis.forEach((api, answer) -> apiNode.putObject(api).put("status", answer.status().name()).put("detail", answer.detail()));
            findings.forEach(f -> node.withArray("findings").add(f.get("type").asText()));
            return root;
        }
    }

    /** Errors by which an endpoint says it lacks an API rather than that the bucket lacks a setting. */
    private static final Set<String> UNSUPPORTED_CODES = Set.of("NotImplemented", "MethodNotAllowed", "UnsupportedOperation");

    /** AWS says NoSuchBucketPolicy; S3Proxy says NoSuchPolicy. */
    private static final Set<String> NO_POLICY = Set.of("NoSuchBucketPolicy", "NoSuchPolicy");

    private final S3AsyncClient s3;
    private final FindingContext context;
    private final PolicyFindingRenderer renderer;

    public BucketPosture(S3AsyncClient s3, FindingContext context) {
        this.s3 = s3;
        this.context = context;
        this.renderer = new PolicyFindingRenderer(context);
    }

    public Report check(String bucket) {
        Map<String, ApiAnswer> apis = new LinkedHashMap<>();
        List<ObjectNode> findings = new ArrayList<>();

        Optional<PublicAccessBlockConfiguration> block = call(apis, "GetPublicAccessBlock", Set.of("NoSuchPublicAccessBlockConfiguration"),
                () -> s3.getPublicAccessBlock(b -> b.bucket(bucket)).thenApply(r -> r.publicAccessBlockConfiguration()));
        Optional<List<ServerSideEncryptionRule>> encryption = call(apis, "GetBucketEncryption", Set.of("ServerSideEncryptionConfigurationNotFoundError"),
                () -> s3.getBucketEncryption(b -> b.bucket(bucket)).thenApply(r -> r.serverSideEncryptionConfiguration().rules()));
        Optional<Boolean> policyStatus = call(apis, "GetBucketPolicyStatus", NO_POLICY,
                () -> s3.getBucketPolicyStatus(b -> b.bucket(bucket)).thenApply(r -> Boolean.TRUE.equals(r.policyStatus().isPublic())));
        Optional<String> policy = call(apis, "GetBucketPolicy", NO_POLICY,
                () -> s3.getBucketPolicy(b -> b.bucket(bucket)).thenApply(r -> r.policy()));
        Optional<GetBucketAclResponse> acl = call(apis, "GetBucketAcl", Set.of(), () -> s3.getBucketAcl(b -> b.bucket(bucket)));

        String encryptionType = encryption.isPresent() ? encryptionType(encryption.get()) : "UNKNOWN";
        boolean policyPublic = false;
        boolean policyShared = false;
        if (policy.isPresent() && !policy.get().isEmpty()) {
            try {
                policyPublic = BucketAccess.policyIsPublic(policy.get());
                policyShared = BucketAccess.policyIsSharedExternally(policy.get(), context.accountId());
            } catch (IOException e) {
                apis.put("GetBucketPolicy", new ApiAnswer(ApiStatus.FAILED, "the policy is not valid JSON"));
            }
        }
        String publicVia = null;
        if (policyStatus.orElse(false) || policyPublic) {
            publicVia = policyStatus.orElse(false) ? "GetBucketPolicyStatus" : "GetBucketPolicy";
        } else if (acl.isPresent() && BucketAccess.aclIsPublic(acl.get())) {
            publicVia = "GetBucketAcl";
        }
        boolean accessKnown = ok(apis, "GetBucketAcl") && (ok(apis, "GetBucketPolicyStatus") || ok(apis, "GetBucketPolicy"));
        String publicAccess = publicVia != null ? "PUBLIC" : accessKnown ? "NOT_PUBLIC" : "UNKNOWN";

        if (ok(apis, "GetPublicAccessBlock") && block.map(BucketPosture::allDisabled).orElse(true)) {
            findings.add(renderer.render(bucket, PolicyFindingType.BLOCK_PUBLIC_ACCESS_DISABLED, "GetPublicAccessBlock", encryptionType, publicAccess));
        }
        if (ok(apis, "GetBucketEncryption") && encryption.map(List::isEmpty).orElse(true)) {
            findings.add(renderer.render(bucket, PolicyFindingType.ENCRYPTION_DISABLED, "GetBucketEncryption", "NONE", publicAccess));
        }
        if (publicVia != null) {
            findings.add(renderer.render(bucket, PolicyFindingType.PUBLIC, publicVia, encryptionType, publicAccess));
        }
        if (policyShared || acl.isPresent() && BucketAccess.aclIsSharedExternally(acl.get())) {
            findings.add(renderer.render(bucket, PolicyFindingType.SHARED_EXTERNALLY, policyShared ? "GetBucketPolicy" : "GetBucketAcl",
                    encryptionType, publicAccess));
        }
        return new Report(bucket, apis, findings);
    }

    /**
     * Calls one API and records its answer. An error in {@code absentCodes} means the bucket has no such configuration:
     * that is an OK answer with nothing in it (empty).
     */
    private static <T> Optional<T> call(Map<String, ApiAnswer> apis, String api, Set<String> absentCodes, Supplier<CompletableFuture<T>> request) {
        try {
            T value = request.get().join();
            apis.put(api, new ApiAnswer(ApiStatus.OK, null));
            return Optional.ofNullable(value);
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            String code = cause instanceof S3Exception s && s.awsErrorDetails() != null ? s.awsErrorDetails().errorCode() : null;
            if (code != null && absentCodes.contains(code)) {
                apis.put(api, new ApiAnswer(ApiStatus.OK, null));
                return Optional.empty();
            }
            boolean unsupported = cause instanceof S3Exception s && (s.statusCode() == 501 || s.statusCode() == 405
                    || code != null && UNSUPPORTED_CODES.contains(code));
            apis.put(api, new ApiAnswer(unsupported ? ApiStatus.NOT_SUPPORTED : ApiStatus.FAILED,
                    (unsupported ? "not supported by this endpoint: " : "") + S3ObjectTags.describe(cause)));
            return Optional.empty();
        }
    }

    private static boolean ok(Map<String, ApiAnswer> apis, String api) {
        return apis.get(api).status() == ApiStatus.OK;
    }

    private static boolean allDisabled(PublicAccessBlockConfiguration c) {
        return !Boolean.TRUE.equals(c.blockPublicAcls()) && !Boolean.TRUE.equals(c.ignorePublicAcls())
                && !Boolean.TRUE.equals(c.blockPublicPolicy()) && !Boolean.TRUE.equals(c.restrictPublicBuckets());
    }

    private static String encryptionType(List<ServerSideEncryptionRule> rules) {
        return rules.stream().filter(r -> r.applyServerSideEncryptionByDefault() != null)
                .map(r -> r.applyServerSideEncryptionByDefault().sseAlgorithmAsString()).findFirst().orElse("NONE");
    }
}
