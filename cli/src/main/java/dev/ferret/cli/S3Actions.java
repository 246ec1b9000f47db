package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.finding.FindingContext;
import dev.ferret.s3.act.BucketPosture;
import dev.ferret.s3.act.ObjectTagger;
import dev.ferret.s3.publish.Publication;
import dev.ferret.s3.publish.ResultsSink;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code scan} does to buckets and objects besides reading them (docs/jobs.md): posture checks of the scanned
 * buckets ({@code --posture-checks}) and tags on objects with findings ({@code --tag-objects}). What S3 refused or
 * lacks is said on {@code err}: bucket, key, API and status only, never a value.
 */
final class S3Actions {

    private final S3AsyncClient s3;
    private final PrintWriter err;
    private final ObjectTagger tagger;

    S3Actions(S3AsyncClient s3, PrintWriter err) {
        this.s3 = s3;
        this.err = err;
        this.tagger = new ObjectTagger(s3);
    }

    /**
     * Checks each bucket: policy findings go to the findings report, each bucket's record to the results (if any);
     * an API the endpoint lacks or refuses is said on stderr, never turned into a finding.
     */
    void checkPosture(List<String> buckets, FindingContext context, FindingsReport report, ResultsSink results)
            throws IOException {
        BucketPosture posture = new BucketPosture(s3, context);
        for (String bucket : buckets) {
            BucketPosture.Report checked = posture.check(bucket);
            checked.apis().forEach((api, answer) -> {
                if (answer.status() != BucketPosture.ApiStatus.OK) {
                    err.println("posture check of bucket " + bucket + ": " + api + " " + answer.status()
                            + " (" + answer.detail() + ")");
                }
            });
            for (ObjectNode finding : checked.findings()) {
                report.addPolicy(finding);
            }
            if (results != null) {
                results.write(List.of(checked.toJson()));
            }
        }
    }

    /**
     * Tags the object of {@code item} if it has a finding, which the caller has written already. The outcome joins the
     * object's result records when results are written; a tag set not written is said on stderr too.
     */
    Publication.Item tagged(Publication.Item item, boolean withResults) {
        Optional<ObjectTagger.Outcome> outcome = item.finding().isPresent() ? tagger.tag(item.result()) : Optional.empty();
        if (outcome.isEmpty()) {
            return item;
        }
        ObjectTagger.Outcome o = outcome.get();
        if (o.status() == ObjectTagger.Status.FAILED || o.status() == ObjectTagger.Status.NO_ROOM) {
            err.println("could not tag " + o.object().bucket() + "/" + o.object().key() + ": " + o.status()
                    + " (" + o.detail() + ")");
        }
        if (!withResults) {
            return item;
        }
        List<ObjectNode> records = new ArrayList<>(item.resultRecords());
        records.add(o.toJson());
        return new Publication.Item(item.result(), item.finding(), records);
    }
}
