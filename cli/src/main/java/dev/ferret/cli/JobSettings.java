package dev.ferret.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The job's ID and start time, chosen so that the same scan gives the same output when asked to. */
final class JobSettings {

    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private JobSettings() {
    }

    /**
     * The given ID, or one derived from the scanned paths (absolute, in order), so re-running a scan of the same
     * folders gives the same job ID and so the same finding IDs.
     */
    static String jobId(String given, List<String> paths) {
        if (given != null) {
            if (!given.matches("[0-9a-f]{32}")) {
                throw new UserError("--job-id must be 32 lowercase hex digits, like Macie's job IDs, got '" + given + "'");
            }
            return given;
        }
        StringBuilder in = new StringBuilder("ferret-job");
        for (String p : paths) {
            in.append('\n').append(p.equals(ScanTargets.STDIN) ? p : Path.of(p).toAbsolutePath().normalize().toString());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code --job-time}, else {@code SOURCE_DATE_EPOCH} (seconds since 1970), else now; to the millisecond. */
    static Instant jobTime(String given, Map<String, String> env) {
        if (given != null) {
            try {
                return Instant.parse(given).truncatedTo(ChronoUnit.MILLIS);
            } catch (DateTimeParseException e) {
                throw new UserError("--job-time must be an ISO-8601 UTC time such as 2024-03-11T19:46:53.031Z, got '" + given + "'");
            }
        }
        String epoch = env.get(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw new UserError(SOURCE_DATE_EPOCH + " must be whole seconds since 1970-01-01, got '" + epoch + "'; unset it or fix it");
            }
        }
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
