package dev.ferret.s3.testing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adobe S3Mock run as a child process on a free 127.0.0.1 port, for object tagging (which S3Proxy lacks); it fakes
 * bucket ACL, encryption and policy answers, so posture tests use {@link S3ProxyServer}. It checks no signatures. The
 * jar is named by the {@code ferret.s3mock.jar} system property. Closing the server kills the process.
 */
public final class S3MockServer implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private S3MockServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts a server with its store in a new temporary folder and waits until it answers. */
    public static S3MockServer start() throws IOException {
        Path jar = ServerProcess.jar("ferret.s3mock.jar", "target/test-servers/s3mock.jar");
        Path dir = Files.createTempDirectory("ferret-s3mock");
        int port = ServerProcess.freePort();
        Process process = ServerProcess.start(jar, "-Xmx256m", dir.resolve("s3mock.log"), port, List.of(
                "--http.port=" + port, "--server.port=" + ServerProcess.freePort(), "--server.address=127.0.0.1",
                "--com.adobe.testing.s3mock.store.root=" + dir.resolve("store")));
        return new S3MockServer(process, URI.create("http://127.0.0.1:" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A path-style client with dummy credentials, as for any local S3-compatible endpoint. */
    public S3AsyncClient client() {
        return S3AsyncClient.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .build();
    }

    @Override
    public void close() {
        ServerProcess.stop(process);
    }
}
