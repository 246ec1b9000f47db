package dev.ferret.cli;

import dev.ferret.s3.job.KeyGlob;
import dev.ferret.s3.job.ObjectScope;
import dev.ferret.s3.job.ScopeCriterion;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scan-job options of {@code ferret scan}: state, resume and incremental runs, and scoping (docs/jobs.md). */
final class JobOptions {

    @Option(names = "--job-dir", paramLabel = "DIR",
            description = "The job's state directory, for resuming and incremental runs (default with --job-id or "
                    + "--incremental: ~/.ferret/jobs/<job-id>).")
    Path jobDir;

    @Option(names = "--incremental",
            description = "Scan only objects new or changed (by ETag/version, or size and time for files) since the "
                    + "job's last completed run.")
    boolean incremental;

    @Option(names = "--include-prefix", paramLabel = "PREFIX", description = "Scan only keys that start with PREFIX (repeatable: any).")
    List<String> includePrefixes = new ArrayList<>();

    @Option(names = "--exclude-prefix", paramLabel = "PREFIX", description = "Skip keys that start with PREFIX (repeatable).")
    List<String> excludePrefixes = new ArrayList<>();

    @Option(names = "--include-key", paramLabel = "GLOB",
            description = "Scan only keys matching GLOB (* within a folder, ** across, ?, {a,b}; repeatable: any).")
    List<String> includeKeys = new ArrayList<>();

    @Option(names = "--exclude-key", paramLabel = "GLOB", description = "Skip keys matching GLOB (repeatable).")
    List<String> excludeKeys = new ArrayList<>();

    @Option(names = "--include-extension", paramLabel = "EXT", split = ",",
            description = "Scan only these file-name extensions, e.g. csv,json (case-insensitive).")
    List<String> includeExtensions = new ArrayList<>();

    @Option(names = "--exclude-extension", paramLabel = "EXT", split = ",", description = "Skip these extensions.")
    List<String> excludeExtensions = new ArrayList<>();

    @Option(names = "--min-size", paramLabel = "SIZE", description = "Skip objects smaller than SIZE bytes (suffix K, M, G: powers of 1024).")
    String minSize;

    @Option(names = "--max-size", paramLabel = "SIZE", description = "Skip objects larger than SIZE bytes (suffix K, M, G).")
    String maxSize;

    @Option(names = "--modified-after", paramLabel = "TIME",
            description = "Scan only objects last modified at or after TIME (ISO-8601, or a date: its start, UTC).")
    String modifiedAfter;

    @Option(names = "--modified-before", paramLabel = "TIME", description = "Scan only objects last modified before TIME.")
    String modifiedBefore;

    @Option(names = "--include-tag", paramLabel = "KEY[=VALUE]",
            description = "Scan only objects with this tag (any value if none given; repeatable: any). S3 only.")
    List<String> includeTags = new ArrayList<>();

    @Option(names = "--exclude-tag", paramLabel = "KEY[=VALUE]", description = "Skip objects with this tag (repeatable). S3 only.")
    List<String> excludeTags = new ArrayList<>();

    @Option(names = "--sampling-percentage", paramLabel = "P", defaultValue = "100",
            description = "Scan a deterministic sample of P percent of the objects in scope (default: ${DEFAULT-VALUE}).")
    double samplingPercentage;

    @Option(names = "--tag-objects",
            description = "Tag each object with findings ferret:sensitive=true and ferret:categories=..., keeping its "
                    + "own tags (S3's limit is 10). S3 only.")
    boolean tagObjects;

    @Option(names = "--posture-checks",
            description = "Check each scanned bucket's public access block, default encryption, policy and ACL before "
                    + "listing it, and report Macie policy findings. S3 only.")
    boolean postureChecks;

    /** Whether the scan keeps job state: asked for by a state directory, an incremental run or an explicit job ID. */
    boolean stateful(String givenJobId) {
        return jobDir != null || incremental || givenJobId != null;
    }

    /** The state directory: {@code --job-dir}, else {@code ~/.ferret/jobs/<job-id>}. */
    Path stateDir(String jobId) {
        return jobDir != null ? jobDir : Path.of(System.getProperty("user.home"), ".ferret", "jobs", jobId);
    }

    ObjectScope scope() {
        List<ScopeCriterion> includes = new ArrayList<>();
        List<ScopeCriterion> excludes = new ArrayList<>();
        if (!includePrefixes.isEmpty()) {
            includes.add(new ScopeCriterion.KeyPrefix(includePrefixes));
        }
        if (!excludePrefixes.isEmpty()) {
            excludes.add(new ScopeCriterion.KeyPrefix(excludePrefixes));
        }
        if (!includeKeys.isEmpty()) {
            includes.add(new ScopeCriterion.KeyPattern(globs(includeKeys, "--include-key")));
        }
        if (!excludeKeys.isEmpty()) {
            excludes.add(new ScopeCriterion.KeyPattern(globs(excludeKeys, "--exclude-key")));
        }
        if (!includeExtensions.isEmpty()) {
            includes.add(new ScopeCriterion.Extension(new HashSet<>(includeExtensions)));
        }
        if (!excludeExtensions.isEmpty()) {
            excludes.add(new ScopeCriterion.Extension(new HashSet<>(excludeExtensions)));
        }
        if (minSize != null || maxSize != null) {
            long min = minSize == null ? 0 : size(minSize, "--min-size");
            long max = maxSize == null ? Long.MAX_VALUE : size(maxSize, "--max-size");
            if (min > max) {
                throw new UserError("--min-size is larger than --max-size: no object could be in scope");
            }
            includes.add(new ScopeCriterion.SizeRange(min, max));
        }
        if (modifiedAfter != null || modifiedBefore != null) {
            includes.add(new ScopeCriterion.LastModifiedRange(time(modifiedAfter, "--modified-after"),
                    time(modifiedBefore, "--modified-before")));
        }
        if (!includeTags.isEmpty()) {
            includes.add(new ScopeCriterion.Tag(tags(includeTags)));
        }
        if (!excludeTags.isEmpty()) {
            excludes.add(new ScopeCriterion.Tag(tags(excludeTags)));
        }
        try {
            return new ObjectScope(includes, excludes, samplingPercentage);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (fix --sampling-percentage)");
        }
    }

    private static List<KeyGlob> globs(List<String> globs, String option) {
        try {
            return globs.stream().map(KeyGlob::of).toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (fix " + option + ")");
        }
    }

    /** Bytes, with an optional binary suffix: {@code 512}, {@code 64K}, {@code 5M}, {@code 2G}. */
    static long size(String text, String option) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        int shift = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        try {
            long n = Long.parseLong(shift == 0 ? t : t.substring(0, t.length() - 1));
            if (n < 0 || n > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new UserError(option + " must be a number of bytes such as 1048576 or 1M, got '" + text + "'");
        }
    }

    private static Instant time(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " must be an ISO-8601 time such as 2024-03-11T19:46:53Z or a date such as 2024-03-11, got '" + text + "'");
        }
    }

    private static Map<String, String> tags(List<String> specs) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            tags.put(eq < 0 ? spec : spec.substring(0, eq), eq < 0 ? "" : spec.substring(eq + 1));
        }
        return tags;
    }
}
