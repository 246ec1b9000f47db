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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * S3Proxy (an S3 API server over an in-memory store) run as a child process on a free 127.0.0.1 port, with
 * signature checking on. The jar is copied into {@code s3-crawler/target/s3proxy/} by the build and named by the
 * {@code ferret.s3proxy.jar} system property. Closing the server kills the process.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "ferret-test";
    public static final String SECRET_KEY = "ferret-test-secret";
    public static final String REGION = "us-east-1";

    private final Process process;
    private final URI endpoint;
    private final Path workDir;

    private S3ProxyServer(Process process, URI endpoint, Path workDir) {
        this.process = process;
        this.endpoint = endpoint;
        this.workDir = workDir;
    }

    /** Starts a server and waits until it answers (at most a minute). */
    public static S3ProxyServer start() throws IOException {
        String jar = System.getProperty("ferret.s3proxy.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Proxy jar not found (" + jar + "): run the tests through Maven, "
                    + "which copies it into s3-crawler/target/s3proxy/");
        }
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar, "--properties", file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3proxy.log").toFile())
                .start();
        S3ProxyServer server = new S3ProxyServer(process, URI.create("http://127.0.0.1:" + port), dir);
        try {
            server.awaitListening(port);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitListening(int port) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("S3Proxy exited with status " + process.exitValue() + "; see " + workDir.resolve("s3proxy.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IOException("S3Proxy did not listen on port " + port + " within a minute; see " + workDir.resolve("s3proxy.log"));
    }

    /** A free port on the loopback interface (another process may take it before it is used, which is unlikely). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
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

    /** Uploads every regular file under {@code folder}, keyed by its relative path with {@code /} separators. */
    public static void putFolder(S3AsyncClient client, String bucket, Path folder) {
        try (var files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String key = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                try {
                    put(client, bucket, key, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
