package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.core.finding.MacieJson;
import dev.ferret.core.result.ObjectScanResult;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Counts for the optional end-of-job event: objects scanned, objects with findings, and objects per status code. */
final class JobSummary {

    private long objects;
    private long withFindings;
    private long bytes;
    private final Map<String, Long> statuses = new TreeMap<>();

    synchronized void add(ObjectScanResult result, boolean found) {
        objects++;
        if (found) {
            withFindings++;
        }
        bytes += Math.max(0, result.top().sizeClassified());
        statuses.merge(result.top().status().code().name(), 1L, Long::sum);
    }

    synchronized ObjectNode json(FindingContext context, Instant finishedAt) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("jobId", context.jobId());
        node.put("jobArn", context.jobArn());
        node.put("accountId", context.accountId());
        node.put("region", context.region());
        node.put("startedAt", MacieJson.time(context.jobTime()));
        node.put("finishedAt", MacieJson.time(finishedAt));
        node.put("objectsScanned", objects);
        node.put("objectsWithFindings", withFindings);
        node.put("sizeClassified", bytes);
        ObjectNode byStatus = node.putObject("objectsByStatus");
        statuses.forEach(byStatus::put);
        node.put("detailedResultsLocation", context.resultsLocation());
        return node;
    }
}
