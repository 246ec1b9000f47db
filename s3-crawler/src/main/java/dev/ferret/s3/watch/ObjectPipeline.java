package dev.ferret.s3.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.Scanner;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.finding.MacieRecordRenderer;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import dev.ferret.s3.S3ObjectReader;
import dev.ferret.s3.S3ObjectRef;
import dev.ferret.s3.publish.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@code watch} does with the objects of one message: scan each, render its finding and results, hand them to
 * the publication (events, results sink) and to the findings output, and return only once they are delivered. An
 * object that cannot be read for good (missing, denied, unparseable) is recorded with that status; a failure that may
 * pass (S3 or EventBridge unavailable) is thrown so the message is tried again.
 */
public final class ObjectPipeline implements UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectPipeline.class);

    private final S3ObjectReader reader;
    private final Scanner scanner;
    private final MacieRecordRenderer renderer;
    private final Publication publication;
    private final Consumer<ObjectNode> findings;

    /** @param findings receives each finding as it is published (the findings report), from several threads */
    public ObjectPipeline(S3ObjectReader reader, Scanner scanner, MacieRecordRenderer renderer, Publication publication,
                          Consumer<ObjectNode> findings) {
        this.reader = reader;
        this.scanner = scanner;
        this.renderer = renderer;
        this.publication = publication;
        this.findings = findings;
    }

    @Override
    public void process(List<S3Notification.CreatedObject> objects) throws IOException {
        List<Publication.Item> items = new ArrayList<>();
        for (S3Notification.CreatedObject object : objects) {
            // size, ETag and version come from the event; a read checks that the object is still that upload
            S3ObjectRef ref = new S3ObjectRef(object.bucket(), object.key(), object.size(), object.time(), object.eTag(),
                    object.versionId(), null, reader);
            ObjectScanResult result = scan(ref);
            if (ref.transientFailure().isPresent()) {
                throw new IOException("could not read " + ref + ": " + ref.transientFailure().get().getMessage(),
                        ref.transientFailure().get());
            }
            items.add(new Publication.Item(result, renderer.finding(result),
                    publication.writesResults() ? renderer.results(result) : List.of()));
        }
        publication.deliver(items);
        items.forEach(item -> item.finding().ifPresent(findings));
    }

    /** Only the exception's class is logged: a parser's message may quote the content. */
    private ObjectScanResult scan(S3ObjectRef ref) {
        try {
            return scanner.scan(ref);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("could not scan s3://{}/{}: {}", ref.bucket(), ref.key(), e.getClass().getSimpleName());
            DocumentInfo info = DocumentInfo.object(ref.name(), ref.size(), ref.lastModified());
            ScanStatus status = ScanStatus.skipped(StatusReason.UNABLE_TO_PARSE_FILE,
                    "the scanner failed on this file (" + e.getClass().getSimpleName() + ")");
            return new ObjectScanResult(ref, ref.eTag() == null ? "" : ref.eTag(),
                    List.of(new DocumentResult(info, "application/octet-stream", 0, status, List.of())));
        }
    }
}
