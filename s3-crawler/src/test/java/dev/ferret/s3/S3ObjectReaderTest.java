package dev.ferret.s3;

import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.UnreadableObjectException;
import dev.ferret.s3.testing.S3ProxyExtension;
import dev.ferret.s3.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(S3ProxyExtension.class)
class S3ObjectReaderTest {

    private static final long SEED = 5_0002L;
    private static final S3ObjectReader.Settings ONE_MIB_PARTS = new S3ObjectReader.Settings(1 << 20, 3, 3);
    private static S3AsyncClient client;
    private static String bucket;

    @BeforeAll
    static void setUp(S3ProxyServer server) {
        client = server.client();
        bucket = server.newBucket(client);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static S3ObjectRef only(String key) {
        S3Listing listing = new S3Listing(client, new S3ObjectReader(client, ONE_MIB_PARTS), new S3Location(bucket, key), 10);
        S3ObjectRef ref = listing.next();
        assertEquals(key, ref.key());
        return ref;
    }

    @Test
    void largeObjectReadInRangesIsByteIdentical() throws IOException {
        byte[] content = new byte[20 * 1000 * 1000 + 12345];
        new Random(SEED).nextBytes(content);
        S3ProxyServer.put(client, bucket, "large.bin", content);
        S3ObjectRef ref = only("large.bin");
        byte[] read;
        try (InputStream in = ref.open()) {
            // odd-sized reads cross the 1 MiB part boundaries at varying offsets
            var out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[7777];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
            read = out.toByteArray();
        }
        assertArrayEquals(content, read, "seed " + SEED);
        assertEquals("AES256", ref.encryptionType(), "the server-side encryption S3Proxy's GET response states");
    }

    @Test
    void emptyObjectReadsEmpty() throws IOException {
        S3ProxyServer.put(client, bucket, "empty.txt", new byte[0]);
        try (InputStream in = only("empty.txt").open()) {
            assertEquals(-1, in.read());
        }
    }

    @Test
    void objectDeletedAfterListingIsNoLongerAvailable() {
        S3ProxyServer.put(client, bucket, "gone.txt", "soon gone".getBytes());
        S3ObjectRef ref = only("gone.txt");
        client.deleteObject(b -> b.bucket(bucket).key("gone.txt")).join();
        UnreadableObjectException e = assertThrows(UnreadableObjectException.class, () -> ref.open().read());
        assertEquals(StatusReason.SOURCE_OBJECT_NO_LONGER_AVAILABLE, e.reason(), e.getMessage());
        assertTrue(ref.transientFailure().isEmpty(), "a missing object is its state, not a passing failure");
    }

    @Test
    void aReadThatGivesUpOnBrokenConnectionsIsATransientFailure() throws IOException {
        // a loopback server that hangs up on every connection: each GET fails with a broken connection
        try (ServerSocket hangsUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             S3AsyncClient broken = S3ProxyServer.client(URI.create("http://127.0.0.1:" + hangsUp.getLocalPort()),
                     S3ProxyServer.SECRET_KEY)) {
            Thread.ofVirtual().start(() -> {
                while (!hangsUp.isClosed()) {
                    try (Socket ignored = hangsUp.accept()) {
                        // closed at once
                    } catch (IOException closedServer) {
                        return;
                    }
                }
            });
            S3ObjectRef ref = new S3ObjectRef(bucket, "any.txt", 10, null, "abc", "", "STANDARD",
                    new S3ObjectReader(broken, ONE_MIB_PARTS));
            UnreadableObjectException e = assertThrows(UnreadableObjectException.class, () -> ref.open().read());
            assertEquals(e, ref.transientFailure().orElse(null),
                    "watch retries the message instead of recording the object; the read said: " + e.getMessage());
        }
    }

    @Test
    void objectReplacedAfterListingIsAVersionMismatch() {
        S3ProxyServer.put(client, bucket, "changed.txt", "first".getBytes());
        S3ObjectRef ref = only("changed.txt");
        S3ProxyServer.put(client, bucket, "changed.txt", "second, longer".getBytes());
        UnreadableObjectException e = assertThrows(UnreadableObjectException.class, () -> ref.open().read());
        assertEquals(StatusReason.OBJECT_VERSION_MISMATCH, e.reason(), e.getMessage());
    }

    @Test
    void objectOverwrittenBetweenRangesIsAVersionMismatch() throws IOException {
        byte[] content = new byte[3 << 20];
        new Random(SEED).nextBytes(content);
        S3ProxyServer.put(client, bucket, "moving.bin", content);
        S3ObjectRef listed = only("moving.bin");
        // one part ahead only, so the last range is requested after the overwrite
        S3ObjectRef ref = new S3ObjectRef(bucket, listed.key(), listed.size(), listed.lastModified(), listed.eTag(), "",
                "STANDARD", new S3ObjectReader(client, new S3ObjectReader.Settings(1 << 20, 1, 3)));
        try (InputStream in = ref.open()) {
            assertEquals(1 << 20, in.readNBytes(1 << 20).length);
            content[0]++;
            S3ProxyServer.put(client, bucket, "moving.bin", content);
            UnreadableObjectException e = assertThrows(UnreadableObjectException.class, in::readAllBytes);
            assertEquals(StatusReason.OBJECT_VERSION_MISMATCH, e.reason(), e.getMessage());
            assertThrows(UnreadableObjectException.class, in::read, "the failure sticks");
        }
    }

    @Test
    void archivedObjectFailsWithoutARequest() {
        S3ObjectRef ref = new S3ObjectRef(bucket, "never-uploaded.csv", 10, null, "abc", null, "DEEP_ARCHIVE",
                new S3ObjectReader(client, ONE_MIB_PARTS));
        UnreadableObjectException e = assertThrows(UnreadableObjectException.class, ref::open);
        assertEquals(StatusReason.INVALID_OBJECT_STATE, e.reason());
    }

    @Test
    void wrongSecretIsPermissionDenied(S3ProxyServer server) {
        S3ProxyServer.put(client, bucket, "secret.txt", "x".getBytes());
        S3ObjectRef listed = only("secret.txt");
        try (S3AsyncClient badClient = S3ProxyServer.client(server.endpoint(), "not-the-secret")) {
            S3ObjectRef ref = new S3ObjectRef(bucket, listed.key(), listed.size(), listed.lastModified(), listed.eTag(),
                    "", "STANDARD", new S3ObjectReader(badClient, ONE_MIB_PARTS));
            UnreadableObjectException e = assertThrows(UnreadableObjectException.class, () -> ref.open().read());
            assertEquals(StatusReason.PERMISSION_DENIED, e.reason(), e.getMessage());
        }
    }
}
