package dev.ferret.core;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.confirm.SegmentDetector;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.DocumentVisitor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.identifiers.IdentifierDefinition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the detector over every document extraction reports and keeps, per document and identifier, the count (up to
 * the identifier's per-file cap) and the first locations. Results come out with the object first, then archive members in the order they began.
 */
final class DocumentCollector implements DocumentVisitor {

    private final SegmentDetector detector;
    private final Map<IdentifierDefinition, Integer> order = new HashMap<>();
    private final int locationsPerType;
    private final List<DocumentResult> results = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private long topBytesRead = -1;

    DocumentCollector(IdentifierSet identifiers, SegmentDetector detector, int locationsPerType) {
        this.detector = detector;
        this.locationsPerType = locationsPerType;
        List<IdentifierDefinition> all = identifiers.identifiers();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
    }

    @Override
    public TextSink begin(DocumentInfo document, String mimeType) {
        Open doc = new Open(document, mimeType, results.size(), new Tally[order.size()]);
        results.add(null);
        open.push(doc);
        return segment -> detector.detect(segment, (identifier, seg, start, end) -> {
            Tally t = doc.tally(order.get(identifier), identifier);
            if (t.count >= identifier.maxDetectionsPerFile()) {
                return; // Macie stops counting NAME and ADDRESS after the first 1,000 per file
            }
            t.count++;
            if (t.locations.size() < locationsPerType) {
                t.locations.add(seg.locator().locate(start, end));
            }
        });
    }

    @Override
    public void end(DocumentInfo document, ScanStatus status) {
        Open doc = open.pop();
        if (doc.info != document) {
            throw new IllegalStateException("documents ended out of order");
        }
        List<DetectionSummary> summaries = new ArrayList<>();
        for (Tally t : doc.tallies) {
            if (t != null) {
                summaries.add(new DetectionSummary(t.identifier, t.count, t.locations));
            }
        }
        long size = document.size() >= 0 ? document.size() : Math.max(0, topBytesRead);
        results.set(doc.slot, new DocumentResult(document, doc.mimeType, size, status, summaries));
    }

    /** Bytes read of the top-level object, for objects whose size was not known up front (stdin). */
    void topBytesRead(long bytes) {
        this.topBytesRead = bytes;
    }

    List<DocumentResult> results() {
        if (!open.isEmpty() || results.contains(null)) {
            throw new IllegalStateException("extraction left documents open");
        }
        DocumentResult top = results.get(0);
        if (top.document().size() < 0 && topBytesRead > top.sizeClassified()) {
            // the top document ended before the scanner counted the bytes of a stream of unknown size
            results.set(0, new DocumentResult(top.document(), top.mimeType(), topBytesRead, top.status(), top.detections()));
        }
        return results;
    }

    private final class Open {
        final DocumentInfo info;
        final String mimeType;
        final int slot;
        final Tally[] tallies;

        Open(DocumentInfo info, String mimeType, int slot, Tally[] tallies) {
            this.info = info;
            this.mimeType = mimeType;
            this.slot = slot;
            this.tallies = tallies;
        }

        Tally tally(int index, IdentifierDefinition identifier) {
            Tally t = tallies[index];
            if (t == null) {
                t = tallies[index] = new Tally(identifier);
            }
            return t;
        }
    }

    private static final class Tally {
        final IdentifierDefinition identifier;
        final List<Location> locations = new ArrayList<>();
        long count;

        Tally(IdentifierDefinition identifier) {
            this.identifier = identifier;
        }
    }
}
