package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.core.finding.MacieRecordRenderer;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.s3.S3ClientSettings;
import dev.ferret.s3.S3ObjectReader;
import dev.ferret.s3.publish.AwsClients;
import dev.ferret.s3.publish.Publication;
import dev.ferret.s3.publish.ResultsSink;
import dev.ferret.s3.watch.ObjectPipeline;
import dev.ferret.s3.watch.QueueWatcher;
import dev.ferret.s3.watch.WatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code ferret watch --queue URL}: scans objects as they are uploaded, from S3 event notifications on SQS. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = "Consumes S3 event notifications (ObjectCreated, S3-to-SQS or EventBridge shape) from an SQS queue, "
                + "scans each new object, publishes its finding, and deletes the message only after that. "
                + "Findings are printed as JSON Lines unless --dry-run-events is given. Stops cleanly on SIGTERM or Ctrl-C.")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    FerretCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PublishOptions publish;

    @Option(names = "--queue", required = true, paramLabel = "URL", description = "The SQS queue URL.")
    String queueUrl;

    @Option(names = "--concurrency", paramLabel = "N", description = "Messages processed at once (default: all cores).")
    Integer concurrency;

    @Option(names = "--visibility-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a received message stays hidden; renewed every half of it while its scan runs (default: ${DEFAULT-VALUE}).")
    int visibilitySeconds;

    @Option(names = "--wait-time", paramLabel = "SECONDS", defaultValue = "20",
            description = "Long-poll wait, 0 to 20 (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Option(names = "--max-receives", paramLabel = "N", defaultValue = "5",
            description = "A message received more often than this is logged and left to the queue's redrive policy (default: ${DEFAULT-VALUE}).")
    int maxReceives;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "30",
            description = "On SIGTERM, how long in-flight messages may take before they are abandoned, undeleted (default: ${DEFAULT-VALUE}).")
    int graceSeconds;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "S3 endpoint (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, else AWS). Path-style addressing is used with any endpoint set.")
    URI s3Endpoint;

    @Option(names = "--sqs-endpoint-url", paramLabel = "URL",
            description = "SQS endpoint (default: AWS_ENDPOINT_URL_SQS, AWS_ENDPOINT_URL, else AWS).")
    URI sqsEndpoint;

    @Option(names = "--path-style", description = "S3 path-style addressing even against AWS.")
    boolean pathStyle;

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile for credentials and region.")
    String profile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region of the clients, also written into findings (default: the SDK's, else us-east-1).")
    String region;

    @Option(names = "--account-id", paramLabel = "ID", defaultValue = FindingContext.DEFAULT_ACCOUNT_ID,
            description = "Account ID written into findings (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--partition", paramLabel = "PARTITION", defaultValue = FindingContext.DEFAULT_PARTITION,
            description = "ARN partition written into findings (default: ${DEFAULT-VALUE}).")
    String partition;

    @Option(names = "--job-id", paramLabel = "ID",
            description = "32 hex digits naming the job (default: derived from the queue URL, so restarts keep finding IDs).")
    String jobId;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "AUTO",
            description = "Regex engine: AUTO (Hyperscan where available), HYPERSCAN or RE2J.")
    EngineChoice engine;

    private volatile QueueWatcher watcher;
    private volatile boolean stopRequested;

    @Override
    public Integer call() throws Exception {
        FerretCommand.Environment env = parent.environment();
        publish.validate();
        int workers = concurrency == null ? Runtime.getRuntime().availableProcessors() : concurrency;
        WatchSettings settings;
        try {
            settings = new WatchSettings(queueUrl, workers, Duration.ofSeconds(waitSeconds),
                    Duration.ofSeconds(visibilitySeconds), maxReceives, Duration.ofSeconds(graceSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Map<String, URI> endpoints = new HashMap<>();
        if (sqsEndpoint != null) {
            endpoints.put(AwsClients.SQS, sqsEndpoint);
        }
        AwsClients aws = new AwsClients(publish.endpoints(endpoints), region, profile, null, env.variables());
        // the S3 client is built as scan builds it: same endpoint, profile, region and path-style rules, same retries
        S3ClientSettings s3Settings = new S3ClientSettings(profile, region, s3Endpoint, pathStyle,
                S3ClientSettings.DEFAULT_MAX_CONNECTIONS, S3ClientSettings.DEFAULT_MAX_ATTEMPTS);
        String id = jobId != null ? JobSettings.jobId(jobId, List.of()) : queueJobId(queueUrl);
        String findingsRegion = region != null ? region : FindingContext.DEFAULT_REGION;
        Instant time = JobSettings.jobTime(null, env.variables());
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = shutdownHook(closed);
        Runtime.getRuntime().addShutdownHook(hook);
        try (Scanner scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), engine),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS);
             S3AsyncClient s3 = s3Settings.build(env.variables());
             SqsAsyncClient sqs = aws.sqs()) {
            ResultsSink sink = publish.openResults(() -> s3, accountId, findingsRegion, id);
            FindingContext context;
            try {
                context = new FindingContext(accountId, findingsRegion, partition, id, time,
                        sink == null ? null : sink.location());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + " (fix --account-id)");
            }
            try (Publication publication = publish.publication(context, sink, aws, out)) {
                ObjectPipeline pipeline = new ObjectPipeline(new S3ObjectReader(s3, S3ObjectReader.Settings.DEFAULTS), scanner,
                        new MacieRecordRenderer(context, scanner.identifiers().identifiers()), publication,
                        finding -> print(out, finding));
                watcher = new QueueWatcher(sqs, settings, pipeline);
                if (!stopRequested) {
                    watcher.run();
                }
            }
        } finally {
            closed.countDown(); // results closed, summary sent: the hook may end the process
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it ends the process
            }
        }
        return 0;
    }

    private void print(PrintWriter out, ObjectNode finding) {
        if (!publish.dryRun) {
            synchronized (out) {
                out.println(MacieJson.compact(finding));
                out.flush();
            }
        }
    }

    /**
     * On SIGTERM or Ctrl-C: stop polling, let in-flight messages finish within the grace period (the rest stay
     * undeleted and come back), wait until the results and the summary are written, and end with status 0, since a
     * signal is how a watcher is meant to end.
     */
    private Thread shutdownHook(CountDownLatch closed) {
        return new Thread(() -> {
            stopRequested = true;
            QueueWatcher current = watcher;
            if (current != null) {
                current.stop();
            }
            try {
                closed.await(graceSeconds + 15L, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().halt(0);
        }, "ferret-watch-shutdown");
    }

    /** The same queue gives the same job ID, so a restarted watcher gives the same finding IDs. */
    static String queueJobId(String queueUrl) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("ferret-watch\n" + queueUrl).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
