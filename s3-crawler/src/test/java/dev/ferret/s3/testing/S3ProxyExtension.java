package dev.ferret.s3.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Gives tests an {@link S3ProxyServer}: {@code @ExtendWith(S3ProxyExtension.class)} and a parameter of that type (in a
 * constructor, a {@code @BeforeAll} or a test method). One server serves the whole test run, since it takes seconds
 * to start; tests keep apart by using buckets of their own ({@link S3ProxyServer#newBucket}). It is stopped when the
 * run ends.
 */
public final class S3ProxyExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(S3ProxyExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == S3ProxyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", k -> new Running(start()), Running.class).server;
    }

    private static S3ProxyServer start() {
        try {
            return S3ProxyServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server when JUnit closes the root store, at the end of the run. */
    private record Running(S3ProxyServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
