package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.core.finding.MacieRecordRenderer;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.s3.S3Location;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write one discovery result per scanned file, found anything or not (JSON Lines).")
    Path results;

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

    @Override
    public Integer call() throws IOException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserError("--threads must be at least 1, got " + workers);
        }
        FerretCommand.Environment env = parent.environment();
        Set<Path> ownFiles = Stream.of(output, results).filter(Objects::nonNull).collect(Collectors.toSet());
        s3.configure(region, env.variables());
        ScanTargets targets = ScanTargets.of(paths, env.stdin(), stdinName, ownFiles, s3);
        FindingContext context = findingContext();
        AtomicBoolean found = new AtomicBoolean();
        try (Scanner scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), engine),
                ContentExtractors.standard(ExtractionLimits.DEFAULTS), ScanOptions.DEFAULTS);
             Writer findingsOut = create(output, "--output");
             Writer resultsOut = create(results, "--results");
             targets) {
            MacieRecordRenderer renderer = new MacieRecordRenderer(context, scanner.identifiers().identifiers());
            Writer out = findingsOut != null ? findingsOut : spec.commandLine().getOut();
            FindingsReport report = switch (format) {
                case jsonl -> JsonFindingsReport.lines(out);
                case json -> JsonFindingsReport.array(out);
                case table -> new TableReport(out, scanner.identifiers().identifiers());
            };
            ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), env.interactive() && !noProgress);
            // scanning and rendering run on the workers; writing runs here, in input order
            OrderedParallelScan.run(targets, workers,
                    ref -> Scanned.of(scanSafely(scanner, ref), renderer, resultsOut != null),
                    scanned -> {
                        try {
                            if (scanned.finding().isPresent()) {
                                found.set(true);
                            }
                            report.add(scanned.result(), scanned.finding());
                            if (resultsOut != null) {
                                resultsOut.write(scanned.resultLines());
                            }
                            progress.update(scanned.result().top().sizeClassified(), scanned.finding().isPresent());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            report.finish();
            progress.done();
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write the output: " + e.getCause().getMessage() + " (check the disk and the --output/--results paths)", e);
        }
        return found.get() ? exitCode : 0;
    }

    /** One object scanned and rendered: its finding (if any) and its discovery results as JSON Lines. */
    private record Scanned(ObjectScanResult result, Optional<ObjectNode> finding, String resultLines) {

        static Scanned of(ObjectScanResult result, MacieRecordRenderer renderer, boolean withResults) {
            StringBuilder lines = new StringBuilder();
            if (withResults) {
                for (ObjectNode record : renderer.results(result)) {
                    lines.append(MacieJson.compact(record)).append('\n');
                }
            }
            return new Scanned(result, renderer.finding(result), lines.toString());
        }
    }

    private static Writer create(Path file, String option) {
        if (file == null) {
            return null;
        }
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot create " + option + " file " + file + " (" + e.getClass().getSimpleName()
                    + "; check that its folder exists and is writable)", e);
        }
    }

    private FindingContext findingContext() {
        String resultsLocation = results == null ? null : results.toAbsolutePath().normalize().toUri().toString();
        Instant time = JobSettings.jobTime(jobTime, parent.environment().variables());
        try {
            return new FindingContext(accountId, findingsRegion(), partition, JobSettings.jobId(jobId, paths), time, resultsLocation);
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
