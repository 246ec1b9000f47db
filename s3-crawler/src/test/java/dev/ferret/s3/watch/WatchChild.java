package dev.ferret.s3.watch;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.s3.publish.AwsClients;
import dev.ferret.s3.publish.Backoff;
import dev.ferret.s3.testing.S3ProxyServer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A watcher in a JVM of its own, for the test that kills it forcibly (no shutdown hook, no clean-up).
 * Arguments: S3 endpoint, SQS endpoint, EventBridge endpoint, queue URL, results file.
 */
public final class WatchChild {

    private WatchChild() {
    }

    public static void main(String[] args) throws Exception {
        Scanner scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.RE2J),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
        new RunningWatcher(S3ProxyServer.client(URI.create(args[0]), S3ProxyServer.SECRET_KEY),
                LoopbackServers.clients(AwsClients.SQS, URI.create(args[1])).sqs(), scanner, args[3],
                URI.create(args[2]), Backoff.DEFAULT, Path.of(args[4]), 2, Duration.ofSeconds(30));
        Thread.sleep(Long.MAX_VALUE);
    }
}
