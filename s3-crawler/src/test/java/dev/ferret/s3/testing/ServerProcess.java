package dev.ferret.s3.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test server jar (copied into {@code s3-crawler/target/test-servers/} by the build) run as a child process of this
 * JVM's own java, its output in a log file; in-process the servers clash on Jackson, Jetty and logging versions.
 */
final class ServerProcess {

    private ServerProcess() {
    }

    /** The jar named by the system property {@code property}, which the build sets; fails clearly when it is missing. */
    static Path jar(String property, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("test server jar not found (" + jar + "): run the tests through Maven, "
                    + "which copies it into s3-crawler/target/test-servers/");
        }
        return jar;
    }

    /** Starts {@code java -jar jar args...} and waits until it listens on {@code port} of 127.0.0.1 (at most 3 minutes). */
    static Process start(Path jar, String heap, Path log, int port, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-jar", jar.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitListening(process, port, log);
        } catch (IOException | RuntimeException e) {
            stop(process);
            throw e;
        }
        return process;
    }

    private static void awaitListening(Process process, int port, Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with status " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the server", e);
                }
            }
        }
        throw new IOException("the server did not listen on port " + port + " within 3 minutes; see " + log);
    }

    /** A free port on the loopback interface (another process may take it before it is used, which is unlikely). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
