package dev.ferret.s3;

import dev.ferret.s3.testing.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Version IDs learnt from reads, against Adobe S3Mock (S3Proxy keeps no versions). */
class S3ObjectVersionTest {

    /** Parts of 4 bytes, so that an object is read with several ranged GETs. */
    private static final S3ObjectReader.Settings TINY_PARTS = new S3ObjectReader.Settings(4, 2, 3);

    private static S3MockServer server;
    private static S3AsyncClient s3;

    @BeforeAll
    static void start() throws IOException {
        server = S3MockServer.start();
        s3 = server.client();
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    private static String put(String bucket, String content) {
        return s3.putObject(b -> b.bucket(bucket).key("people.csv"),
                AsyncRequestBody.fromString(content, StandardCharsets.UTF_8)).join().versionId();
    }

    /** Lists the bucket's one object and reads it whole. */
    private static S3ObjectRef readOnly(String bucket, String expectedContent) throws IOException {
        S3ObjectRef ref = new S3Listing(s3, new S3ObjectReader(s3, TINY_PARTS), new S3Location(bucket, ""), 10).next();
        assertEquals("", ref.versionId(), "a listing of current versions shows none");
        try (InputStream in = ref.open()) {
            assertEquals(expectedContent, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return ref;
    }

    @Test
    void anObjectOfAVersionedBucketCarriesTheVersionItWasReadAt() throws IOException {
        s3.createBucket(b -> b.bucket("versioned")).join();
        s3.putBucketVersioning(b -> b.bucket("versioned")
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED))).join();
        put("versioned", "name,phone\nfirst,1\n");
        String current = put("versioned", "name,phone\nsecond,2\n");
        assertNotNull(current, "S3Mock keeps versions");
        assertEquals(current, readOnly("versioned", "name,phone\nsecond,2\n").versionId());
    }

    @Test
    void anObjectOfAnUnversionedBucketKeepsAnEmptyVersionId() throws IOException {
        s3.createBucket(b -> b.bucket("unversioned")).join();
        put("unversioned", "name,phone\nonly,3\n");
        assertEquals("", readOnly("unversioned", "name,phone\nonly,3\n").versionId());
    }
}
