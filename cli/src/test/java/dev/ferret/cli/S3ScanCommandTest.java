package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferret.s3.testing.S3ProxyExtension;
import dev.ferret.s3.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ferret scan s3://...} against a local S3 server (S3Proxy), credentials from the SDK's default chain. */
@ExtendWith(S3ProxyExtension.class)
class S3ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("ferret.samples", "../samples"));
    private static final String TIME = "--job-time=2025-01-01T00:00:00Z";
    private static S3AsyncClient client;
    private static String bucket;
    private static String endpoint;

    @BeforeAll
    static void upload(S3ProxyServer server) {
        client = server.client();
        bucket = server.newBucket(client);
        endpoint = server.endpoint().toString();
        S3ProxyServer.putFolder(client, bucket, SAMPLES);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    /** Per object key, its finding's type, severity and classification result. */
    private static Map<String, String> byKey(String jsonl) throws IOException {
        Map<String, String> findings = new TreeMap<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                JsonNode f = JSON.readTree(line);
                findings.put(f.at("/resourcesAffected/s3Object/key").asText(),
                        f.get("type").asText() + " " + f.get("severity") + " " + f.at("/classificationDetails/result"));
            }
        }
        return findings;
    }

    @Test
    void bucketScanFindsWhatTheFolderScanFindsWithTheObjectsResourceFields() throws IOException, NoSuchAlgorithmException {
        Cli.Run fromBucket = Cli.run("scan", TIME, "--endpoint-url", endpoint, "--threads", "3", "s3://" + bucket);
        Cli.Run fromFolder = Cli.run("scan", TIME, SAMPLES.toString());
        assertEquals(1, fromBucket.exit(), fromBucket.err());
        assertEquals(byKey(fromFolder.out()), byKey(fromBucket.out()));

        JsonNode csv = null;
        for (String line : fromBucket.out().split("\n")) {
            JsonNode f = JSON.readTree(line);
            if (f.at("/resourcesAffected/s3Object/key").asText().equals("customers.csv")) {
                csv = f;
            }
        }
        assertTrue(csv != null, "customers.csv has a finding");
        byte[] content = Files.readAllBytes(SAMPLES.resolve("customers.csv"));
        JsonNode object = csv.at("/resourcesAffected/s3Object");
        assertEquals("arn:aws:s3:::" + bucket, csv.at("/resourcesAffected/s3Bucket/arn").asText());
        assertEquals("arn:aws:s3:::" + bucket, object.get("bucketArn").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)), object.get("eTag").asText(),
                "a single-part upload's ETag is its MD5");
        assertEquals(content.length, object.get("size").asLong());
        assertEquals("", object.get("versionId").asText());
        assertEquals("STANDARD", object.get("storageClass").asText());
        assertEquals("csv", object.get("extension").asText());
        assertEquals("AES256", object.at("/serverSideEncryption/encryptionType").asText(), "as S3Proxy's GET says");
        assertEquals(S3ProxyServer.REGION, csv.get("region").asText());
    }

    @Test
    void prefixLimitsTheScan() throws IOException {
        Cli.Run run = Cli.run("scan", TIME, "--endpoint-url", endpoint, "s3://" + bucket + "/cust");
        assertEquals(java.util.Set.of("customers.csv"), byKey(run.out()).keySet());
    }

    @Test
    void postureChecksReportPolicyFindingsAndWhatTheEndpointLacks(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results.jsonl");
        Cli.Run run = Cli.run("scan", TIME, "--endpoint-url", endpoint, "--posture-checks", "--results", results.toString(),
                "s3://" + bucket + "/cust");
        assertEquals(1, run.exit(), run.err());
        JsonNode policy = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals("POLICY", policy.get("category").asText(), "the bucket's findings come before its objects'");
        assertEquals("Policy:IAMUser/S3BucketEncryptionDisabled", policy.get("type").asText());
        assertEquals(bucket, policy.at("/resourcesAffected/s3Bucket/name").asText());
        assertEquals(java.util.Set.of("customers.csv"), byKey(run.out().lines().skip(1).collect(Collectors.joining("\n"))).keySet());
        assertTrue(run.err().contains("posture check of bucket " + bucket + ": GetPublicAccessBlock NOT_SUPPORTED"), run.err());

        JsonNode record = JSON.readTree(Files.readAllLines(results).get(0)).get("bucketPosture");
        assertEquals(bucket, record.get("bucket").asText());
        assertEquals("NOT_SUPPORTED", record.at("/apis/GetPublicAccessBlock/status").asText());
        assertEquals("OK", record.at("/apis/GetBucketAcl/status").asText());
    }

    @Test
    void missingBucketIsAUsageErrorNamingIt() {
        Cli.Run run = Cli.run("scan", "--endpoint-url", endpoint, "s3://ferret-no-such-bucket/x");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such bucket"), run.err());
    }
}
