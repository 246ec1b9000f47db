package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.ObjectDetections;
import dev.ferret.core.finding.ObjectDetections.CategoryDetections;
import dev.ferret.core.finding.ObjectDetections.TypeDetections;
import dev.ferret.core.finding.OccurrenceCap;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusCode;
import dev.ferret.identifiers.IdentifierDefinition;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A summary for a person: one row per object and identifier found, with the count and the first few locations, one
 * row per clean or skipped object, and totals at the end. Never shows a value.
 */
final class TableReport implements FindingsReport {

    private static final int LOCATIONS_SHOWN = 3;
    private static final String FORMAT = "%-36s  %-8s  %-34s  %6s  %s";

    private final Writer out;
    private final List<IdentifierDefinition> catalogueOrder;
    private long objects;
    private long withFindings;
    private long occurrences;
    private long notComplete;
    private boolean headerWritten;

    TableReport(Writer out, List<IdentifierDefinition> catalogueOrder) {
        this.out = out;
        this.catalogueOrder = catalogueOrder;
    }

    @Override
    public void add(ObjectScanResult result, Optional<ObjectNode> finding) throws IOException {
        header();
        objects++;
        String object = result.object().bucket() + "/" + result.object().key();
        ScanStatus status = worstStatus(result);
        if (status.code() != StatusCode.COMPLETE) {
            notComplete++;
        }
        ObjectDetections detections = ObjectDetections.of(result.documents(), catalogueOrder,
                new OccurrenceCap(Integer.MAX_VALUE, LOCATIONS_SHOWN));
        if (detections.isEmpty()) {
            String why = status.code() == StatusCode.COMPLETE ? "-" : status.reason() + detail(status);
            row(object, status.code().name(), why, "0", "");
        }
        for (CategoryDetections category : detections.categories()) {
            for (TypeDetections type : category.types()) {
                String where = type.occurrences().stream().map(LocationText::of).collect(Collectors.joining("; "));
                if (type.count() > type.occurrences().size()) {
                    where += "; ...";
                }
                row(object, object.isEmpty() ? "" : status.code().name(), type.identifier().displayName(),
                        Long.toString(type.count()), where);
                object = "";
            }
        }
        if (!detections.isEmpty()) {
            withFindings++;
            occurrences += detections.totalCount();
        }
        out.flush();
    }

    /** A policy finding takes one row: the bucket, POLICY, the finding type and its severity. */
    @Override
    public void addPolicy(ObjectNode finding) throws IOException {
        header();
        row(finding.at("/resourcesAffected/s3Bucket/name").asText(), "POLICY", finding.get("type").asText(), "",
                "severity " + finding.at("/severity/description").asText());
        out.flush();
    }

    private void header() throws IOException {
        if (!headerWritten) {
            row("OBJECT", "STATUS", "IDENTIFIER", "COUNT", "FIRST LOCATIONS");
            headerWritten = true;
        }
    }

    @Override
    public void finish() throws IOException {
        out.write(String.format("\n%d object%s scanned: %d with sensitive data (%d occurrence%s), %d not fully analysed\n",
                objects, objects == 1 ? "" : "s", withFindings, occurrences, occurrences == 1 ? "" : "s", notComplete));
        out.flush();
    }

    /** The object's status, or the first skipped or partial file inside it, so a person sees what was missed. */
    private static ScanStatus worstStatus(ObjectScanResult result) {
        return result.documents().stream().map(DocumentResult::status)
                .filter(s -> s.code() != StatusCode.COMPLETE)
                .findFirst().orElse(result.top().status());
    }

    private static String detail(ScanStatus status) {
        return status.detail() == null ? "" : " (" + status.detail() + ")";
    }

    private void row(String object, String status, String identifier, String count, String where) throws IOException {
        out.write(String.format(FORMAT, object, status, identifier, count, where).stripTrailing() + "\n");
    }
}
