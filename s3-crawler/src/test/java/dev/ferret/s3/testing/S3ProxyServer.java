package dev.ferret.s3.testing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * S3Proxy (an S3 API server over an in-memory store) run as a child process on a free 127.0.0.1 port, with
 * signature checking on. The jar is copied into {@code s3-crawler/target/test-servers/} by the build and named by the
 * {@code ferret.s3proxy.jar} system property. Closing the server kills the process.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "ferret-test";
    public static final String SECRET_KEY = "ferret-test-secret";
    public static final String REGION = "us-east-1";
    private static final int UPLOADS_AT_ONCE = 16;

    private final Process process;
    private final URI endpoint;

    private S3ProxyServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts a server and waits until it answers. */
    public static S3ProxyServer start() throws IOException {
        Path jar = ServerProcess.jar("ferret.s3proxy.jar", "target/test-servers/s3proxy.jar");
        int port = freePort();
        Path dir = Files.createTempDirectory("ferret-s3proxy");
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", ACCESS_KEY);
        properties.setProperty("s3proxy.credential", SECRET_KEY);
        properties.setProperty("jclouds.provider", "transient");
        properties.setProperty("jclouds.identity", "unused");
        properties.setProperty("jclouds.credential", "unused");
        Path file = dir.resolve("s3proxy.properties");
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, "ferret test server");
        }
        Process process = ServerProcess.start(jar, "-Xmx512m", dir.resolve("s3proxy.log"), port,
                List.of("--properties", file.toString()));
        return new S3ProxyServer(process, URI.create("http://127.0.0.1:" + port));
    }

    /** A free port on the loopback interface (another process may take it before it is used, which is unlikely). */
    public static int freePort() throws IOException {
        return ServerProcess.freePort();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client for this server (path-style, the test credentials), as a user's own code would build it. */
    public S3AsyncClient client() {
        return client(endpoint, SECRET_KEY);
    }

    /** A client for {@code endpoint} (this server, or a proxy in front of it) that signs with {@code secret}. */
    public static S3AsyncClient client(URI endpoint, String secret) {
        return S3AsyncClient.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, secret)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(32))
                .build();
    }

    /** The environment a child {@code ferret} process needs to reach this server with the default credential chain. */
    public Map<String, String> environment() {
        return Map.of("AWS_ACCESS_KEY_ID", ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SECRET_KEY, "AWS_REGION", REGION,
                "AWS_ENDPOINT_URL", endpoint.toString());
    }

    /** Creates a bucket with a fresh unique name and returns the name. */
    public String newBucket(S3AsyncClient client) {
        String bucket = "ferret-" + UUID.randomUUID().toString().substring(0, 13);
        client.createBucket(b -> b.bucket(bucket)).join();
        return bucket;
    }

    /** Uploads {@code content} as {@code bucket/key}. */
    public static void put(S3AsyncClient client, String bucket, String key, byte[] content) {
        client.putObject(b -> b.bucket(bucket).key(key), AsyncRequestBody.fromBytes(content)).join();
    }

    /**
     * Uploads every regular file under {@code folder}, keyed by its relative path with {@code /} separators; up to
     * {@link #UPLOADS_AT_ONCE} at a time (a bound, so that queued requests do not outwait the connection pool).
     */
    public static void putFolder(S3AsyncClient client, String bucket, Path folder) {
        Semaphore slots = new Semaphore(UPLOADS_AT_ONCE);
        List<CompletableFuture<?>> uploads = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                slots.acquireUninterruptibly();
                uploads.add(client.putObject(b -> b.bucket(bucket).key(key), AsyncRequestBody.fromFile(file))
                        .whenComplete((response, failure) -> slots.release()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        ServerProcess.stop(process);
    }
}
