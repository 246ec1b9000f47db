package dev.ferret.core.finding;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The job-level values every finding and result record carries: whose account and region they claim, which job made
 * them and when. A local scan has no AWS account, so the defaults are placeholders a user may override to match the
 * account whose data was copied locally.
 *
 * @param accountId               12-digit account ID; default {@value #DEFAULT_ACCOUNT_ID}
 * @param region                  region name; default {@value #DEFAULT_REGION}
 * @param partition               ARN partition; default {@value #DEFAULT_PARTITION}
 * @param jobId                   32 lowercase hex, like Macie's job IDs
 * @param jobTime                 the job's start; every record's {@code createdAt} and {@code updatedAt}
 * @param detailedResultsLocation where the result records go, or {@code null} for Macie's "not configured" placeholder
 */
public record FindingContext(String accountId, String region, String partition, String jobId, Instant jobTime,
                             String detailedResultsLocation) {

    public static final String DEFAULT_ACCOUNT_ID = "000000000000";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_PARTITION = "aws";

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");

    public FindingContext {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(jobTime, "jobTime");
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("account ID must be 12 digits, got: " + accountId);
        }
        if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
            throw new IllegalArgumentException("job ID must be 32 lowercase hex digits, got: " + jobId);
        }
    }

    /** The default account, region and partition, with no results location. */
    public static FindingContext defaults(String jobId, Instant jobTime) {
        return new FindingContext(DEFAULT_ACCOUNT_ID, DEFAULT_REGION, DEFAULT_PARTITION, jobId, jobTime, null);
    }

    public String jobArn() {
        return "arn:" + partition + ":macie2:" + region + ":" + accountId + ":classification-job/" + jobId;
    }

    /** The results location, or the folder Macie names when no results repository is configured. */
    public String resultsLocation() {
        return detailedResultsLocation != null ? detailedResultsLocation
                : "s3://[export-config-not-set]/AWSLogs/" + accountId + "/Macie/" + region + "/" + jobId + "/" + accountId + "/";
    }
}
