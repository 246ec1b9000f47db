package dev.ferret.cli;

import dev.ferret.core.finding.FindingContext;
import dev.ferret.s3.publish.AwsClients;
import dev.ferret.s3.publish.DryRunPublisher;
import dev.ferret.s3.publish.EventBridgePublisher;
import dev.ferret.s3.publish.EventPublisher;
import dev.ferret.s3.publish.FindingEvents;
import dev.ferret.s3.publish.Publication;
import dev.ferret.s3.publish.ResultsFile;
import dev.ferret.s3.publish.ResultsSink;
import dev.ferret.s3.publish.S3Results;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where {@code scan} and {@code watch} publish besides the findings report: finding events to EventBridge (or printed
 * with {@code --dry-run-events}) and discovery results to a file or an S3 prefix.
 */
final class PublishOptions {

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write one discovery result per scanned file, found anything or not (JSON Lines; gzip if FILE ends in .gz).")
    Path results;

    @Option(names = "--results-s3", paramLabel = "S3URI",
            description = "Write the discovery results as gzip JSON Lines objects under s3://BUCKET/PREFIX, laid out like Macie's results repository.")
    URI resultsS3;

    @Option(names = "--eventbridge-bus", paramLabel = "NAME|ARN",
            description = "Publish every finding to this EventBridge bus (detail-type \"Macie Finding\").")
    String eventBus;

    @Option(names = "--event-source", paramLabel = "SOURCE", defaultValue = FindingEvents.DEFAULT_SOURCE,
            description = "The events' source (default: ${DEFAULT-VALUE}; aws.* is reserved for AWS).")
    String eventSource;

    @Option(names = "--eventbridge-summary", description = "Also publish a \"Ferret Job Summary\" event at the end.")
    boolean summary;

    @Option(names = "--dry-run-events",
            description = "Print the PutEvents request entries to standard output (one JSON object per line) instead of sending them; findings then go only to --output.")
    boolean dryRun;

    @Option(names = "--eventbridge-endpoint-url", paramLabel = "URL",
            description = "EventBridge endpoint (default: AWS_ENDPOINT_URL_EVENTBRIDGE, AWS_ENDPOINT_URL, else AWS).")
    URI eventBridgeEndpoint;

    boolean publishesEvents() {
        return eventBus != null || dryRun;
    }

    /** Where a results sink will say it is, known before the job's context exists; {@code null} without one. */
    void validate() {
        if (results != null && resultsS3 != null) {
            throw new UserError("use either --results or --results-s3, not both");
        }
        if (eventSource.startsWith("aws.") || eventSource.isBlank()) {
            throw new UserError("--event-source must not be empty or start with 'aws.' (reserved for AWS), got '" + eventSource + "'");
        }
    }

    /** The results sink, or {@code null} when neither results option is given. */
    /** @param s3 the command's S3 client, asked for only when the results go to S3 */
    ResultsSink openResults(Supplier<S3AsyncClient> s3, String accountId, String region, String jobId) {
        try {
            if (results != null) {
                return ResultsFile.create(results);
            }
            if (resultsS3 != null) {
                return new S3Results(s3.get(), resultsS3, accountId, region, jobId);
            }
            return null;
        } catch (IOException e) {
            throw new UserError("cannot create --results file " + results + " (" + e.getClass().getSimpleName()
                    + "; check that its folder exists and is writable)", e);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (fix --results-s3)");
        }
    }

    Publication publication(FindingContext context, ResultsSink sink, AwsClients aws, PrintWriter stdout) {
        if (!publishesEvents()) {
            return new Publication(context, null, null, sink, false);
        }
        EventPublisher publisher = dryRun ? new DryRunPublisher(stdout) : new EventBridgePublisher(aws.eventBridge());
        return new Publication(context, new FindingEvents(eventBus, eventSource), publisher, sink, summary);
    }

    /** The EventBridge endpoint flag added to {@code endpoints}. */
    Map<String, URI> endpoints(Map<String, URI> endpoints) {
        Map<String, URI> all = new HashMap<>(endpoints);
        if (eventBridgeEndpoint != null) {
            all.put(AwsClients.EVENTBRIDGE, eventBridgeEndpoint);
        }
        return all;
    }
}
