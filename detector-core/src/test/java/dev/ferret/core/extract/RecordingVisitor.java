package dev.ferret.core.extract;

import dev.ferret.core.location.Location;
import dev.ferret.core.result.ScanStatus;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Records what extraction reports: documents in begin order with their MIME type, segments and status. */
public final class RecordingVisitor implements DocumentVisitor {

    /** One reported document. */
    public static final class Doc {
        public final DocumentInfo info;
        public final String mimeType;
        public final List<TextSegment> segments = new ArrayList<>();
        public ScanStatus status;

        Doc(DocumentInfo info, String mimeType) {
            this.info = info;
            this.mimeType = mimeType;
        }

        /** Every owned occurrence of {@code token}, with the segment and offset where it was found. */
        public List<Hit> find(String token) {
            List<Hit> hits = new ArrayList<>();
            for (TextSegment s : segments) {
                for (int i = s.text().indexOf(token); i >= 0; i = s.text().indexOf(token, i + 1)) {
                    if (s.owns(i)) {
                        hits.add(new Hit(s, i, i + token.length()));
                    }
                }
            }
            return hits;
        }

        /** The locations of every owned occurrence of {@code token}. */
        public List<Location> locate(String token) {
            return find(token).stream().map(Hit::location).toList();
        }
    }

    /** An occurrence found in a segment. */
    public record Hit(TextSegment segment, int start, int end) {
        public Location location() {
            return segment.locator().locate(start, end);
        }
    }

    private final Map<String, Doc> docs = new LinkedHashMap<>();
    private final Deque<DocumentInfo> open = new ArrayDeque<>();
    private final boolean keepSegments;
    private final Consumer<TextSegment> onSegment;
    private final List<String> events = new ArrayList<>();

    public RecordingVisitor() {
        this(true, segment -> { });
    }

    /** @param keepSegments false for huge inputs: segments go only to {@code onSegment} */
    public RecordingVisitor(boolean keepSegments, Consumer<TextSegment> onSegment) {
        this.keepSegments = keepSegments;
        this.onSegment = onSegment;
    }

    /** Extracts {@code bytes} as a top-level object named {@code name} with the standard extractor. */
    public static RecordingVisitor extract(ExtractionLimits limits, String name, byte[] bytes) {
        RecordingVisitor visitor = new RecordingVisitor();
        ContentExtractors.standard(limits).extract(new ByteArrayInputStream(bytes), DocumentInfo.object(name, bytes.length, null), visitor);
        visitor.assertAllEnded();
        return visitor;
    }

    @Override
    public TextSink begin(DocumentInfo document, String mimeType) {
        String key = document.embeddedPath().isEmpty() ? document.name() : document.embeddedPath();
        Doc doc = new Doc(document, mimeType);
        if (docs.put(key, doc) != null) {
            throw new AssertionError("document began twice: " + key);
        }
        open.push(document);
        events.add("begin " + key);
        return segment -> {
            if (open.peek() != document) {
                throw new AssertionError("segment for a document that is not the innermost open one: " + key);
            }
            onSegment.accept(segment);
            if (keepSegments) {
                doc.segments.add(segment);
            }
        };
    }

    @Override
    public void end(DocumentInfo document, ScanStatus status) {
        if (open.isEmpty() || open.pop() != document) {
            throw new AssertionError("end without matching begin: " + document);
        }
        String key = document.embeddedPath().isEmpty() ? document.name() : document.embeddedPath();
        docs.get(key).status = status;
        events.add("end " + key);
    }

    public void assertAllEnded() {
        if (!open.isEmpty()) {
            throw new AssertionError("documents left open: " + open);
        }
    }

    /** The document with this embedded path (or the top-level name). */
    public Doc doc(String key) {
        Doc doc = docs.get(key);
        if (doc == null) {
            throw new AssertionError("no document " + key + " among " + docs.keySet());
        }
        return doc;
    }

    public Doc only() {
        if (docs.size() != 1) {
            throw new AssertionError("expected one document, got " + docs.keySet());
        }
        return docs.values().iterator().next();
    }

    public Map<String, Doc> docs() {
        return docs;
    }

    public List<String> events() {
        return events;
    }
}
