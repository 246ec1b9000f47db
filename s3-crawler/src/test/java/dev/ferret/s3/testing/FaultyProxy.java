package dev.ferret.s3.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of an S3 server that misbehaves on purpose: it answers the first requests with
 * 503 SlowDown, cuts some responses off half-way with a TCP reset, and trickles others slowly. Requests pass through
 * byte for byte (the Host header included, so SigV4 signatures still verify), each on its own upstream connection.
 * Meant for reads and listings: request bodies are passed on only when they have a Content-Length.
 *
 * @see Faults
 */
public final class FaultyProxy implements AutoCloseable {

    /**
     * What goes wrong, counted over the requests in the order they arrive.
     *
     * @param throttleFirst the first this many requests are answered 503 SlowDown without reaching the server
     * @param resetEvery    every this-many-th forwarded request has its response cut off with a reset (0: never)
     * @param slowEvery     every this-many-th forwarded request has its response trickled in small pieces (0: never)
     */
    public record Faults(int throttleFirst, int resetEvery, int slowEvery) {
    }

    private static final byte[] SLOW_DOWN_BODY = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
            + "<Message>Please reduce your request rate.</Message></Error>").getBytes(StandardCharsets.UTF_8);

    private final URI upstream;
    private final Faults faults;
    private final ServerSocket listener;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger slowed = new AtomicInteger();

    public FaultyProxy(URI upstream, Faults faults) throws IOException {
        this.upstream = upstream;
        this.faults = faults;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("faulty-proxy-accept").start(this::acceptLoop);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public int throttled() {
        return throttled.get();
    }

    public int resets() {
        return resets.get();
    }

    public int slowed() {
        return slowed.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().name("faulty-proxy-conn").start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                byte[] head = readHead(in);
                if (head == null) {
                    return;
                }
                byte[] body = in.readNBytes(contentLength(head));
                if (requests.incrementAndGet() <= faults.throttleFirst()) {
                    throttled.incrementAndGet();
                    out.write(("HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nContent-Length: "
                            + SLOW_DOWN_BODY.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(SLOW_DOWN_BODY);
                    out.flush();
                    continue; // the connection stays usable, as with S3
                }
                forward(client, out, head, body);
                return;
            }
        } catch (IOException | InterruptedException broken) {
            // the client went away or the reset was ours: nothing to clean up beyond the socket
        }
    }

    private void forward(Socket client, OutputStream out, byte[] head, byte[] body) throws IOException, InterruptedException {
        byte[] response;
        try (Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
            server.getOutputStream().write(closingHead(head));
            server.getOutputStream().write(body);
            server.getOutputStream().flush();
            response = server.getInputStream().readAllBytes();
        }
        int n = forwarded.incrementAndGet();
        if (faults.resetEvery() > 0 && n % faults.resetEvery() == 0) {
            resets.incrementAndGet();
            out.write(response, 0, response.length / 2);
            out.flush();
            client.setSoLinger(true, 0); // close with RST, not FIN
            return;
        }
        if (faults.slowEvery() > 0 && n % faults.slowEvery() == 0) {
            slowed.incrementAndGet();
            for (int i = 0; i < response.length; i += 4096) {
                out.write(response, i, Math.min(4096, response.length - i));
                out.flush();
                Thread.sleep(1);
            }
            return;
        }
        out.write(response);
        out.flush();
    }

    /** The request head up to and including the blank line, or null at end of stream. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; (b = in.read()) >= 0; ) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toByteArray();
            }
        }
        return null;
    }

    private static int contentLength(byte[] head) {
        for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return 0;
    }

    /** The head with {@code Connection: close}, so the server's end of the response is the end of the stream. */
    private static byte[] closingHead(byte[] head) {
        StringBuilder rewritten = new StringBuilder();
        for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (!line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                rewritten.append(line).append("\r\n");
            }
        }
        return rewritten.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
