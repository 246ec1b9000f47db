package dev.ferret.s3.act;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that answers bucket sub-resource requests ({@code GET /bucket?publicAccessBlock} ...) with
 * canned S3 responses, for the answers no local S3 server gives. Anything not set answers 501 NotImplemented.
 */
final class S3Stub implements AutoCloseable {

    static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    S3Stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String resource = query == null ? "" : query.split("[&=]")[0];
            Answer answer = answers.getOrDefault(resource, error(501, "NotImplemented"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.body().startsWith("{") ? "application/json" : "application/xml");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code GET /bucket?resource} with 200 and {@code body}. */
    S3Stub answer(String resource, String body) {
        answers.put(resource, new Answer(200, body));
        return this;
    }

    /** Answers {@code GET /bucket?resource} with an S3 error. */
    S3Stub fail(String resource, int status, String code) {
        answers.put(resource, error(status, code));
        return this;
    }

    private static Answer error(int status, String code) {
        return new Answer(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>stub</Message></Error>");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
