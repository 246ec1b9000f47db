package dev.ferret.s3;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.StatusCode;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.LocalFolderWalker;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.corpus.CorpusGenerator;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.s3.testing.FaultyProxy;
import dev.ferret.s3.testing.S3ProxyExtension;
import dev.ferret.s3.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner over S3 objects: the same detections as from disk, statuses for what cannot be read, faults survived. */
@ExtendWith(S3ProxyExtension.class)
class S3ScanTest {

    private static final Path SAMPLES = Path.of(System.getProperty("ferret.samples", "../samples"));
    private static final long SEED = 5_0003L;
    private static final long CORPUS_SEED = 42;
    private static Scanner scanner;
    private static S3AsyncClient client;

    @BeforeAll
    static void setUp(S3ProxyServer server) {
        scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS);
        client = server.client();
    }

    @AfterAll
    static void tearDown() {
        scanner.close();
        client.close();
    }

    /** Per key, what the scan found, resource fields aside: per document its type, status and detections. */
    private static Map<String, String> scanAll(Iterator<? extends ObjectRef> refs) {
        Map<String, String> byKey = new LinkedHashMap<>();
        refs.forEachRemaining(ref -> byKey.put(ref.key(), describe(scanner.scan(ref))));
        return byKey;
    }

    private static String describe(ObjectScanResult result) {
        StringBuilder s = new StringBuilder("etag=").append(result.eTag());
        for (DocumentResult d : result.documents()) {
            s.append("\n  ").append(d.document().embeddedPath()).append(' ').append(d.mimeType()).append(' ')
                    .append(d.sizeClassified()).append(' ').append(d.status().code()).append(' ').append(d.status().reason());
            d.detections().forEach(x -> s.append("\n    ").append(x.identifier().id()).append(" x").append(x.count())
                    .append(' ').append(x.locations()));
        }
        return s.toString();
    }

    private static S3Listing listing(S3AsyncClient c, String bucket, S3ObjectReader.Settings settings) {
        return new S3Listing(c, new S3ObjectReader(c, settings), new S3Location(bucket, ""), 3);
    }

    @Test
    void samplesFromAFolderAndFromABucketGiveTheSameDetections(S3ProxyServer server) {
        String bucket = server.newBucket(client);
        S3ProxyServer.putFolder(client, bucket, SAMPLES);
        Map<String, String> local = scanAll(new LocalFolderWalker(SAMPLES));
        // tiny parts, so that even the samples are read in several ranges
        Map<String, String> s3 = scanAll(listing(client, bucket, new S3ObjectReader.Settings(1000, 2, 3)));
        assertEquals(local, s3);
        assertTrue(local.values().stream().anyMatch(d -> d.contains(" x")), "the samples hold detections");
    }

    @Test
    void labelledCorpusFromAFolderAndFromABucketGivesTheSameDetections(S3ProxyServer server, @TempDir Path corpus)
            throws IOException {
        CorpusGenerator.Summary generated = CorpusGenerator.generate(corpus, CORPUS_SEED, CorpusGenerator.SMALL_BYTES);
        String bucket = server.newBucket(client);
        S3ProxyServer.putFolder(client, bucket, corpus);
        Map<String, String> local = scanAll(new LocalFolderWalker(corpus));
        Map<String, String> s3 = scanAll(listing(client, bucket, S3ObjectReader.Settings.DEFAULTS));
        assertEquals(local.keySet(), s3.keySet(), "seed " + CORPUS_SEED);
        local.forEach((key, scanned) -> assertEquals(scanned, s3.get(key), key + ", seed " + CORPUS_SEED));
        assertEquals(generated.objects() + 1, local.size(), "every generated object and truth.jsonl scanned");
        assertTrue(local.values().stream().filter(d -> d.contains(" x")).count() > generated.objects() / 2,
                "most corpus objects hold detections, seed " + CORPUS_SEED);
    }

    @Test
    void objectsDeletedOrForbiddenAfterListingGetAStatusAndTheScanGoesOn(S3ProxyServer server) {
        String bucket = server.newBucket(client);
        for (String key : List.of("a.txt", "b.txt", "c.txt")) {
            S3ProxyServer.put(client, bucket, key, ("file " + key).getBytes());
        }
        Iterator<S3ObjectRef> refs = listing(client, bucket, S3ObjectReader.Settings.DEFAULTS);
        List<S3ObjectRef> listed = List.of(refs.next(), refs.next(), refs.next());
        client.deleteObject(b -> b.bucket(bucket).key("b.txt")).join();
        List<ObjectScanResult> results = listed.stream().map(scanner::scan).toList();
        assertEquals(StatusCode.COMPLETE, results.get(0).top().status().code());
        assertEquals(StatusReason.SOURCE_OBJECT_NO_LONGER_AVAILABLE, results.get(1).top().status().reason());
        assertEquals(StatusCode.COMPLETE, results.get(2).top().status().code());

        try (S3AsyncClient forbidden = S3ProxyServer.client(server.endpoint(), "wrong-secret")) {
            S3ObjectRef a = listed.get(0);
            ObjectScanResult denied = scanner.scan(new S3ObjectRef(bucket, a.key(), a.size(), a.lastModified(), a.eTag(),
                    "", a.storageClass(), new S3ObjectReader(forbidden, S3ObjectReader.Settings.DEFAULTS)));
            assertEquals(StatusReason.PERMISSION_DENIED, denied.top().status().reason());
            assertFalse(denied.top().status().detail().contains("file a"), "no content in the status");
        }
    }

    /** About {@code bytes} of CSV, with a phone number in some rows, so the read must be complete to match. */
    private static byte[] largeCsv(Random random, int bytes) {
        StringBuilder csv = new StringBuilder("id,name,phone\n");
        for (int row = 1; csv.length() < bytes; row++) {
            csv.append(row).append(",name").append(random.nextInt(100_000)).append(',');
            if (random.nextInt(50) == 0) {
                csv.append("(206) 555-").append(1000 + random.nextInt(9000));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void throttlingResetsAndSlowBodiesLoseNothing(S3ProxyServer server) throws IOException {
        String bucket = server.newBucket(client);
        S3ProxyServer.putFolder(client, bucket, SAMPLES);
        S3ProxyServer.put(client, bucket, "large.csv", largeCsv(new Random(SEED), 3 << 20));
        S3ObjectReader.Settings smallParts = new S3ObjectReader.Settings(256 << 10, 3, 5);
        Map<String, String> direct = scanAll(listing(client, bucket, smallParts));

        // two SDK attempts, so that the reader's own retries are exercised too (and the SDK's long throttling backoff
        // does not drag the test out)
        try (FaultyProxy proxy = new FaultyProxy(server.endpoint(), new FaultyProxy.Faults(6, 4, 3));
             S3AsyncClient faulty = new S3ClientSettings(null, S3ProxyServer.REGION, proxy.endpoint(), false, 16, 2)
                     .build(Map.of())) {
            Map<String, String> throughFaults = scanAll(listing(faulty, bucket, smallParts));
            assertEquals(direct, throughFaults, "seed " + SEED);
            assertTrue(proxy.throttled() == 6 && proxy.resets() > 0 && proxy.slowed() > 0,
                    "faults injected: " + proxy.throttled() + " throttled, " + proxy.resets() + " reset, " + proxy.slowed() + " slowed");
        }
        assertTrue(direct.values().stream().allMatch(d -> d.contains("COMPLETE") && !d.contains("SKIPPED")),
                "every object read: " + direct.keySet());
    }
}
