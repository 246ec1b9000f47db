package dev.ferret.s3.act;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.s3.testing.S3ProxyExtension;
import dev.ferret.s3.testing.S3ProxyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Posture checks against S3Proxy (ACL, encryption, policy; no PublicAccessBlock) and a stub for the rest. */
@ExtendWith(S3ProxyExtension.class)
class BucketPostureTest {

    private static final String OWN_ACCOUNT = "111122223333";
    private static final FindingContext CONTEXT = new FindingContext(OWN_ACCOUNT, "us-east-1", "aws",
            "0123456789abcdef0123456789abcdef", Instant.parse("2026-01-02T03:04:05.678Z"), null);

    private static List<String> types(BucketPosture.Report report) {
        return report.findings().stream().map(f -> f.get("type").asText()).toList();
    }

    private static BucketPosture.ApiStatus status(BucketPosture.Report report, String api) {
        return report.apis().get(api).status();
    }

    @Test
    void s3ProxyAnswersWhatItSupportsAndTheRestIsReportedNotFound(S3ProxyServer server) throws Exception {
        try (S3AsyncClient s3 = server.client()) {
            String bucket = server.newBucket(s3);
            BucketPosture posture = new BucketPosture(s3, CONTEXT);

            BucketPosture.Report fresh = posture.check(bucket);
            assertEquals(BucketPosture.ApiStatus.NOT_SUPPORTED, status(fresh, "GetPublicAccessBlock"), fresh.toJson().toString());
            assertTrue(fresh.apis().get("GetPublicAccessBlock").detail().startsWith("not supported by this endpoint: 501"),
                    fresh.toJson().toString());
            assertEquals(BucketPosture.ApiStatus.OK, status(fresh, "GetBucketEncryption"), fresh.toJson().toString());
            assertEquals(BucketPosture.ApiStatus.OK, status(fresh, "GetBucketAcl"), fresh.toJson().toString());
            assertEquals(BucketPosture.ApiStatus.OK, status(fresh, "GetBucketPolicy"), fresh.toJson().toString());
            assertEquals(BucketPosture.ApiStatus.NOT_SUPPORTED, status(fresh, "GetBucketPolicyStatus"), fresh.toJson().toString());
            assertEquals("NOT_PUBLIC", fresh.findings().get(0).at("/resourcesAffected/s3Bucket/publicAccess/effectivePermission").asText());
            assertEquals(List.of("Policy:IAMUser/S3BucketEncryptionDisabled"), types(fresh), fresh.toJson().toString());

            s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PUBLIC_READ)).join();
            s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(r -> r
                    .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256))))).join();
            BucketPosture.Report exposed = posture.check(bucket);
            assertEquals(List.of("Policy:IAMUser/S3BucketPublic"), types(exposed), exposed.toJson().toString());
            ObjectNode finding = exposed.findings().get(0);
            assertEquals("GetBucketAcl", finding.at("/policyDetails/action/apiCallDetails/api").asText());
            assertEquals("AES256", finding.at("/resourcesAffected/s3Bucket/defaultServerSideEncryption/encryptionType").asText());
            assertEquals("PUBLIC", finding.at("/resourcesAffected/s3Bucket/publicAccess/effectivePermission").asText());
        }
    }

    @Test
    void everyConditionBecomesAMaciePolicyFinding() throws Exception {
        try (S3Stub stub = new S3Stub()
                .answer("publicAccessBlock", "<PublicAccessBlockConfiguration xmlns=\"" + S3Stub.NS + "\"><BlockPublicAcls>false</BlockPublicAcls>"
                        + "<IgnorePublicAcls>false</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy>"
                        + "<RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>")
                .fail("encryption", 404, "ServerSideEncryptionConfigurationNotFoundError")
                .answer("policyStatus", "<PolicyStatus xmlns=\"" + S3Stub.NS + "\"><IsPublic>true</IsPublic></PolicyStatus>")
                .answer("policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::444455556666:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}")
                .answer("acl", acl("owner-id", "owner-id"));
             S3AsyncClient s3 = S3ProxyServer.client(stub.endpoint(), S3ProxyServer.SECRET_KEY)) {
            BucketPosture.Report report = new BucketPosture(s3, CONTEXT).check("exposed");
            assertEquals(List.of("Policy:IAMUser/S3BlockPublicAccessDisabled", "Policy:IAMUser/S3BucketEncryptionDisabled",
                    "Policy:IAMUser/S3BucketPublic", "Policy:IAMUser/S3BucketSharedExternally"), types(report), report.toJson().toString());
            Map<String, Integer> severities = Map.of("Policy:IAMUser/S3BlockPublicAccessDisabled", 3,
                    "Policy:IAMUser/S3BucketEncryptionDisabled", 1, "Policy:IAMUser/S3BucketPublic", 3, "Policy:IAMUser/S3BucketSharedExternally", 3);
            for (ObjectNode f : report.findings()) {
                assertEquals("POLICY", f.get("category").asText());
                assertTrue(f.get("classificationDetails").isNull());
                assertTrue(f.get("id").asText().matches("[0-9a-f]{32}"), f.toString());
                assertEquals(OWN_ACCOUNT, f.get("accountId").asText());
                assertEquals(severities.get(f.get("type").asText()).intValue(), f.at("/severity/score").asInt(), f.toString());
                assertEquals("exposed", f.at("/resourcesAffected/s3Bucket/name").asText());
                assertEquals("arn:aws:s3:::exposed", f.at("/resourcesAffected/s3Bucket/arn").asText());
                assertTrue(f.at("/resourcesAffected/s3Object").isNull());
                assertEquals("2026-01-02T03:04:05.678Z", f.get("createdAt").asText());
            }
            assertEquals("GetBucketPolicyStatus", report.findings().get(2).at("/policyDetails/action/apiCallDetails/api").asText());
            assertEquals("GetBucketPolicy", report.findings().get(3).at("/policyDetails/action/apiCallDetails/api").asText());
            BucketPosture.Report again = new BucketPosture(s3, CONTEXT).check("exposed");
            assertEquals(report.findings().get(0).get("id"), again.findings().get(0).get("id"), "a repeated check has the same ID");
            assertNotEquals(report.findings().get(0).get("id"), report.findings().get(1).get("id"));
        }
    }

    @Test
    void aWellKeptBucketHasNoFindingsAndAnOwnAccountPolicyIsNotExternal() throws Exception {
        try (S3Stub stub = new S3Stub()
                .answer("publicAccessBlock", "<PublicAccessBlockConfiguration xmlns=\"" + S3Stub.NS + "\"><BlockPublicAcls>true</BlockPublicAcls>"
                        + "<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy>"
                        + "<RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>")
                .answer("encryption", "<ServerSideEncryptionConfiguration xmlns=\"" + S3Stub.NS + "\"><Rule><ApplyServerSideEncryptionByDefault>"
                        + "<SSEAlgorithm>aws:kms</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>")
                .answer("policyStatus", "<PolicyStatus xmlns=\"" + S3Stub.NS + "\"><IsPublic>false</IsPublic></PolicyStatus>")
                .answer("policy", "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::" + OWN_ACCOUNT
                        + ":role/reader\"]},\"Action\":\"s3:GetObject\"}}")
                .answer("acl", acl("owner-id", "owner-id"));
             S3AsyncClient s3 = S3ProxyServer.client(stub.endpoint(), S3ProxyServer.SECRET_KEY)) {
            BucketPosture.Report report = new BucketPosture(s3, CONTEXT).check("kept");
            assertEquals(List.of(), types(report), report.toJson().toString());
            report.apis().forEach((api, answer) -> assertEquals(BucketPosture.ApiStatus.OK, answer.status(), api));
        }
    }

    @Test
    void refusedOrUnsupportedAnswersAreReportedNeverFindings() throws Exception {
        try (S3Stub stub = new S3Stub()
                .fail("publicAccessBlock", 403, "AccessDenied")
                .fail("encryption", 403, "AccessDenied")
                .fail("policy", 405, "MethodNotAllowed")
                .answer("acl", acl("owner-id", "someone-else"));
             S3AsyncClient s3 = S3ProxyServer.client(stub.endpoint(), S3ProxyServer.SECRET_KEY)) {
            BucketPosture.Report report = new BucketPosture(s3, CONTEXT).check("guarded");
            assertEquals(BucketPosture.ApiStatus.FAILED, status(report, "GetPublicAccessBlock"));
            assertEquals("403 AccessDenied", report.apis().get("GetPublicAccessBlock").detail());
            assertEquals(BucketPosture.ApiStatus.FAILED, status(report, "GetBucketEncryption"));
            assertEquals(BucketPosture.ApiStatus.NOT_SUPPORTED, status(report, "GetBucketPolicyStatus"));
            assertEquals(BucketPosture.ApiStatus.NOT_SUPPORTED, status(report, "GetBucketPolicy"));
            assertEquals(List.of("Policy:IAMUser/S3BucketSharedExternally"), types(report), "only the ACL's grant is known");
            assertEquals("UNKNOWN", report.findings().get(0).at("/resourcesAffected/s3Bucket/publicAccess/effectivePermission").asText());
            assertEquals("NOT_SUPPORTED", report.toJson().at("/bucketPosture/apis/GetBucketPolicy/status").asText());
        }
    }

    private static String acl(String owner, String grantee) {
        return "<AccessControlPolicy xmlns=\"" + S3Stub.NS + "\"><Owner><ID>" + owner + "</ID></Owner><AccessControlList><Grant>"
                + "<Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"><ID>" + grantee
                + "</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>";
    }
}
