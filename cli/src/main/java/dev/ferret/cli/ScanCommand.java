package dev.ferret.cli;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieRecordRenderer;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.s3.S3Location;
import dev.ferret.s3.act.S3ObjectTags;
import dev.ferret.s3.job.ObjectScope;
import dev.ferret.s3.job.ObjectTags;
import dev.ferret.s3.job.ScanJob;
import dev.ferret.s3.publish.AwsClients;
import dev.ferret.s3.publish.PublishException;
import dev.ferret.s3.publish.Publication;
import dev.ferret.s3.publish.ResultsSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code ferret scan PATH...}: scans files, folders, stdin and S3 buckets and writes Macie findings. */
@Command(name = "scan",
        mixinStandardHelpOptions = true,
        description = "Scans files, folders (walked in sorted order), standard input (-) and S3 buckets "
                + "(s3://BUCKET[/PREFIX], listed in key order) for sensitive data, "
                + "and writes one Amazon Macie finding per object that holds some. Values are never printed.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:nothing found", "1:sensitive data found (change with --exit-code)", "2:usage or fatal error"})
final class ScanCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ScanCommand.class);

    enum Format { jsonl, json, table }

    @ParentCommand
    FerretCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to scan; - reads standard input; s3://BUCKET[/PREFIX] lists a bucket.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (one finding per line, the default), json (an array), or table (a summary for people).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write findings to FILE instead of stdout.")
    Path output;

    @Mixin
    PublishOptions publish;

    @Option(names = "--threads", paramLabel = "N", description = "Objects scanned in parallel (default: all cores).")
    Integer threads;

    @Option(names = "--exit-code", paramLabel = "N", defaultValue = "1",
            description = "Exit status when sensitive data is found (default: ${DEFAULT-VALUE}).")
    int exitCode;

    @Option(names = "--job-id", paramLabel = "ID",
            description = "32 hex digits naming the job (default: derived from the scanned paths).")
    String jobId;

    @Option(names = "--job-time", paramLabel = "TIME",
            description = "Job start time, ISO-8601 UTC (default: SOURCE_DATE_EPOCH if set, else now).")
    String jobTime;

    @Option(names = "--account-id", paramLabel = "ID", defaultValue = FindingContext.DEFAULT_ACCOUNT_ID,
            description = "Account ID written into findings (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region of the S3 client, also written into findings (default: AWS_REGION or the profile's "
                    + "region for s3:// targets, else " + FindingContext.DEFAULT_REGION + ").")
    String region;

    @Mixin
    S3Targets s3;

    @Option(names = "--partition", paramLabel = "PARTITION", defaultValue = FindingContext.DEFAULT_PARTITION,
            description = "ARN partition written into findings (default: ${DEFAULT-VALUE}).")
    String partition;

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "stdin",
            description = "File name for standard input; its extension picks the format (default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "AUTO",
            description = "Regex engine: AUTO (Hyperscan where available), HYPERSCAN or RE2J.")
    EngineChoice engine;

    @Option(names = "--no-progress", description = "No progress line on stderr, even on a terminal.")
    boolean noProgress;

    @Option(names = "--managed-identifiers", paramLabel = "SELECTION", defaultValue = "ALL",
            description = "Managed identifiers to use: ALL (default), NONE (needs --custom-identifiers), RECOMMENDED "
                    + "(Macie's recommended set), INCLUDE:ID,... or EXCLUDE:ID,...")
    String managedIdentifiers;

    @Option(names = "--custom-identifiers", paramLabel = "FILE",
            description = "Custom data identifiers in Macie's shape, JSON or YAML, one or a list per file; repeatable, "
                    + "at most 30 in all (docs/custom-identifiers.md).")
    List<Path> customIdentifiers = List.of();

    @Option(names = "--allow-list", paramLabel = "FILE",
            description = "Text file of exact values to ignore, one per line (whole match, any case); up to 5 "
                    + "(docs/allow-lists.md).")
    List<Path> allowLists = List.of();

    @Option(names = "--allow-list-regex", paramLabel = "FILE",
            description = "File holding one regex; found text it matches completely is ignored; up to 5.")
    List<Path> allowListRegexes = List.of();

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws IOException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserError("--threads must be at least 1, got " + workers);
        }
        FerretCommand.Environment env = parent.environment();
        publish.validate();
        String id = JobSettings.jobId(jobId, paths);
        Path stateDir = job.stateful(jobId) ? job.stateDir(id) : null;
        Set<Path> ownFiles = Stream.concat(Stream.of(output, publish.results), ScanJob.stateFiles(stateDir).stream())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        s3.configure(region, env.variables());
        ScanTargets targets = ScanTargets.of(paths, env.stdin(), stdinName, ownFiles, s3);
        // EventBridge gets the region the findings name; the S3 results go through the s3:// targets' client
        AwsClients aws = new AwsClients(publish.endpoints(Map.of()), findingsRegion(), s3.profile, null, env.variables());
        try (targets;
             ScanJob scanJob = openJob(id, stateDir);
             Scanner scanner = new Scanner(JobIdentifiers.compile(managedIdentifiers, customIdentifiers, allowLists,
                        allowListRegexes, engine),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS)) {
            Writer findingsOut = create(scanJob, "findings", output, "--output");
            ResultsSink sink = openResults(scanJob, stateDir != null, id);
            FindingContext context = findingContext(id, sink == null ? null : sink.location());
            FindingsReport report = report(findingsOut, scanner);
            // before the run's start is logged, so a resumed run keeps these findings and does not check again
            if (job.postureChecks && !scanJob.resuming()) {
                new S3Actions(s3.client(), spec.commandLine().getErr()).checkPosture(buckets(), context, report, sink);
            }
            scanJob.begin();
            try (Publication publication = publish.publication(context, sink, aws, spec.commandLine().getOut())) {
                boolean found = scanAll(scanJob, targets, workers, scanner, context, report, publication, env);
                spec.commandLine().getErr().print(scanJob.complete().toText());
                spec.commandLine().getErr().flush(); // picocli's writer flushes on println only; the JVM exits next
                return found ? exitCode : 0;
            }
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write the output: " + e.getCause().getMessage() + " (check the disk and the --output/--results paths)", e);
        } catch (PublishException e) {
            throw new UserError("could not publish the findings: " + e.getMessage(), e);
        }
    }

    /**
     * The discovery results sink. A job with state writes its results file through the job, which cuts it back to the
     * last checkpoint when a killed run resumes (so it is plain JSON Lines, never gzip).
     */
    private ResultsSink openResults(ScanJob scanJob, boolean stateful, String id) {
        if (!stateful || publish.results == null) {
            return publish.openResults(s3::client, accountId, findingsRegion(), id);
        }
        if (publish.results.getFileName().toString().endsWith(".gz")) {
            throw new UserError("a job with state writes --results as plain JSON Lines: drop the .gz");
        }
        return new JobResultsSink(create(scanJob, ScanJob.RESULTS, publish.results, "--results"), publish.results);
    }

    /** Scans every target and writes the report and the publication; true when something was found. */
    private boolean scanAll(ScanJob scanJob, ScanTargets targets, int workers, Scanner scanner, FindingContext context,
                            FindingsReport report, Publication publication, FerretCommand.Environment env) throws IOException {
        AtomicBoolean found = new AtomicBoolean();
        MacieRecordRenderer renderer = new MacieRecordRenderer(context, scanner.identifiers().identifiers());
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), env.interactive() && !noProgress);
        boolean withResults = publication.writesResults();
        S3Actions tagging = job.tagObjects ? new S3Actions(s3.client(), spec.commandLine().getErr()) : null;
        // scanning and rendering run on the workers; writing and publishing run here, in input order
        OrderedParallelScan.run(scanJob.select(targets), workers,
                ref -> scanned(scanSafely(scanner, ref), renderer, withResults),
                item -> {
                    try {
                        if (item.finding().isPresent()) {
                            found.set(true);
                        }
                        report.add(item.result(), item.finding());
                        publication.add(tagging == null ? item : tagging.tagged(item, withResults));
                        progress.update(item.result().top().sizeClassified(), item.finding().isPresent());
                        scanJob.finished(item.result(), item.finding().isPresent());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        report.finish();
        progress.done();
        return found.get();
    }

    /** One object scanned and rendered: its finding (if any) and, when they are written, its discovery results. */
    private static Publication.Item scanned(ObjectScanResult result, MacieRecordRenderer renderer, boolean withResults) {
        return new Publication.Item(result, renderer.finding(result), withResults ? renderer.results(result) : List.of());
    }

    /** The findings report in the chosen format, on --output or standard output. */
    private FindingsReport report(Writer findingsOut, Scanner scanner) {
        // with --dry-run-events, standard output carries the event entries only
        Writer out = findingsOut != null ? findingsOut
                : publish.dryRun ? Writer.nullWriter() : spec.commandLine().getOut();
        return switch (format) {
            case jsonl -> JsonFindingsReport.lines(out);
            case json -> JsonFindingsReport.array(out);
            case table -> new TableReport(out, scanner.identifiers().identifiers());
        };
    }

    /** The job of this scan: with state when asked for (docs/jobs.md), scoped by the job options. */
    private ScanJob openJob(String jobId, Path stateDir) {
        if (stateDir != null && format != Format.jsonl) {
            throw new UserError("a job with state writes findings as JSON Lines: drop --format or use --format jsonl");
        }
        ObjectScope scope = job.scope();
        // folders and files have no tags, policies or ACLs, so these options could never be carried out on them
        if (scope.needsTags()) {
            requireBuckets("--include-tag and --exclude-tag");
        }
        if (job.tagObjects) {
            requireBuckets("--tag-objects");
        }
        if (job.postureChecks) {
            requireBuckets("--posture-checks");
        }
        ObjectTags tags = scope.needsTags() ? new S3ObjectTags(s3.client()) : ObjectTags.NONE;
        try {
            return ScanJob.open(new ScanJob.Settings(jobId, stateDir, job.incremental, scope, tags), Clock.systemUTC());
        } catch (IOException e) {
            throw new UserError("cannot open the job state in " + stateDir + ": " + e.getMessage(), e);
        }
    }

    /** The buckets the s3:// targets name, each once, in the order given. */
    private List<String> buckets() {
        return paths.stream().map(p -> S3Location.parse(p).bucket()).distinct().toList();
    }

    private void requireBuckets(String options) {
        for (String p : paths) {
            if (!S3Location.isS3(p)) {
                throw new UserError(options + " apply to objects in S3 buckets (s3://BUCKET[/PREFIX]), not to " + p);
            }
            try {
                S3Location.parse(p);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    private static Writer create(ScanJob scanJob, String name, Path file, String option) {
        if (file == null) {
            return null;
        }
        try {
            return scanJob.output(name, file);
        } catch (IOException e) {
            if (!(e instanceof FileSystemException)) {
                throw new UserError("cannot resume the job's " + option + " file: " + e.getMessage(), e);
            }
            throw new UserError("cannot create " + option + " file " + file + " (" + e.getClass().getSimpleName()
                    + "; check that its folder exists and is writable)", e);
        }
    }

    private FindingContext findingContext(String id, String resultsLocation) {
        Instant time = JobSettings.jobTime(jobTime, parent.environment().variables());
        try {
            return new FindingContext(accountId, findingsRegion(), partition, id, time, resultsLocation);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (fix --account-id)");
        }
    }

    /** The region written into findings: --region, else for a bucket scan the S3 client's, else the default. */
    private String findingsRegion() {
        if (region != null) {
            return region;
        }
        return paths.stream().anyMatch(S3Location::isS3) ? s3.region() : FindingContext.DEFAULT_REGION;
    }

    /**
     * Scans one object; a bug that escapes an extractor costs that object (reported as unparseable), not the run.
     * Only the exception's class is logged, since a parser's message may quote the content.
     */
    private ObjectScanResult scanSafely(Scanner scanner, ObjectRef ref) {
        try {
            return scanner.scan(ref);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("could not scan {}/{}: {}", ref.bucket(), ref.key(), e.getClass().getSimpleName());
            if (parent.debug) {
                LOG.warn("stack trace", e);
            }
            DocumentInfo info = DocumentInfo.object(ref.name(), ref.size(), ref.lastModified());
            ScanStatus status = ScanStatus.skipped(StatusReason.UNABLE_TO_PARSE_FILE,
                    "the scanner failed on this file (" + e.getClass().getSimpleName() + ")");
            return new ObjectScanResult(ref, ref.eTag() == null ? "" : ref.eTag(),
                    List.of(new DocumentResult(info, "application/octet-stream", 0, status, List.of())));
        }
    }
}
