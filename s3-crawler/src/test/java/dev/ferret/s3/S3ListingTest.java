package dev.ferret.s3;

import dev.ferret.s3.testing.S3ProxyExtension;
import dev.ferret.s3.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(S3ProxyExtension.class)
class S3ListingTest {

    private static final long SEED = 5_0001L;
    private static S3AsyncClient client;
    private static S3ObjectReader reader;
    private static String bucket;
    private static TreeSet<String> keys;

    @BeforeAll
    static void upload(S3ProxyServer server) {
        client = server.client();
        reader = new S3ObjectReader(client, S3ObjectReader.Settings.DEFAULTS);
        bucket = server.newBucket(client);
        Random random = new Random(SEED);
        keys = new TreeSet<>();
        while (keys.size() < 57) {
            String dir = random.nextBoolean() ? "a/" : "b/";
            keys.add(dir + "k" + random.nextInt(1_000_000) + (random.nextBoolean() ? ".txt" : ".csv"));
        }
        keys.forEach(k -> S3ProxyServer.put(client, bucket, k, k.getBytes(StandardCharsets.UTF_8)));
        S3ProxyServer.put(client, bucket, "a/folder-marker/", new byte[0]);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<S3ObjectRef> list(String prefix, int pageSize) {
        List<S3ObjectRef> refs = new ArrayList<>();
        new S3Listing(client, reader, new S3Location(bucket, prefix), pageSize).forEachRemaining(refs::add);
        return refs;
    }

    @Test
    void manySmallPagesStreamEveryKeyOnceInKeyOrder() {
        List<S3ObjectRef> refs = list("", 4);
        assertEquals(new ArrayList<>(keys), refs.stream().map(S3ObjectRef::key).toList(), "seed " + SEED);
        S3ObjectRef first = refs.get(0);
        assertEquals(bucket, first.bucket());
        assertEquals(first.key().length(), first.size());
        assertFalse(first.eTag().contains("\""), "ETag quotes are stripped");
        assertEquals("", first.versionId());
        assertEquals("STANDARD", first.storageClass());
        assertTrue(first.lastModified() != null);
    }

    @Test
    void prefixLimitsTheListing() {
        List<String> listed = list("b/", 3).stream().map(S3ObjectRef::key).toList();
        assertEquals(keys.stream().filter(k -> k.startsWith("b/")).toList(), listed, "seed " + SEED);
    }

    @Test
    void missingBucketIsAListingError() {
        Consumer<S3ObjectRef> ignore = r -> { };
        S3ListingException e = assertThrows(S3ListingException.class,
                () -> new S3Listing(client, reader, new S3Location("ferret-no-such-bucket", ""), 10).forEachRemaining(ignore));
        assertTrue(e.getMessage().contains("no such bucket"), e.getMessage());
    }
}
