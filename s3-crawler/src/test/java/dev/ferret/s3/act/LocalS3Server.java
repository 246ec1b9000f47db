package dev.ferret.s3.act;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An S3 server jar (S3Proxy or Adobe S3Mock, copied into {@code target/test-servers} by the build) run as a child
 * process on a free loopback port, and a client for it. Test-only.
 */
final class LocalS3Server implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private LocalS3Server(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** S3Proxy with an in-memory store and no authentication. */
    static LocalS3Server s3Proxy(Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        Path conf = workDir.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=none",
                "jclouds.provider=transient",
                "jclouds.identity=access",
                "jclouds.credential=secret") + "\n");
        return start(workDir, port, "s3proxy.jar", "--properties", conf.toString());
    }

    /** Adobe S3Mock; it implements object tagging, but fakes bucket ACL, encryption and policy answers. */
    static LocalS3Server s3Mock(Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        return start(workDir, port, "s3mock.jar", "--http.port=" + port, "--server.port=" + freePort(),
                "--server.address=127.0.0.1", "--com.adobe.testing.s3mock.store.root=" + workDir.resolve("s3mock-store"));
    }

    private static LocalS3Server start(Path workDir, int port, String jar, String... args) throws IOException, InterruptedException {
        Path jarFile = Path.of(System.getProperty("ferret.test.servers", "target/test-servers"), jar);
        if (!Files.exists(jarFile)) {
            throw new IllegalStateException(jarFile + " is missing: the build copies it (run the tests through Maven)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jarFile.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(jar + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(jar + " exited: " + Files.readString(workDir.resolve(jar + ".log")));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return new LocalS3Server(process, URI.create("http://127.0.0.1:" + port));
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(jar + " did not listen on port " + port + " within 180 s");
    }

    URI endpoint() {
        return endpoint;
    }

    /** A path-style client with dummy credentials, as for any local S3-compatible endpoint. */
    static S3AsyncClient client(URI endpoint) {
        return S3AsyncClient.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
