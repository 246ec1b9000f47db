package dev.ferret.corpus;

import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.Location;
import dev.ferret.core.location.PageLocation;
import dev.ferret.core.location.RecordLocation;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares scan results with the ground truth, per object, archive member and identifier.
 *
 * <p>Matching rule. Within one object, member and identifier: when the truth has locations and the scanner located
 * every detection with the same kind of location, a detection is a true positive if an unmatched planted value has
 * the same location key (text: the line; cells: row and column; records: recordIndex and the normalised jsonPath;
 * PDF: the page); otherwise the comparison is by count ({@code TP = min(truth, found)}). When the scanner does not
 * report an object's archive members as the truth names them (for example an extractor that reads the archive as one
 * document), all of that object's members are folded together and compared by count.
 */
public final class AccuracyScorer {

    private static final String FOLDED = "*";

    private final Map<String, Map<String, Map<String, TruthEntry>>> truth = new HashMap<>();
    private final Map<String, Score> byIdentifier = new TreeMap<>();
    private final Map<String, Map<String, Score>> byObject = new HashMap<>();
    private final Set<String> scanned = new HashSet<>();

    public AccuracyScorer(List<TruthEntry> entries) {
        for (TruthEntry e : entries) {
            truth.computeIfAbsent(e.object(), k -> new HashMap<>()).computeIfAbsent(e.member(), k -> new HashMap<>())
                    .put(e.identifier(), e);
            byIdentifier.putIfAbsent(e.identifier(), Score.ZERO);
        }
    }

    /** Adds the result of scanning the object at {@code key} (its path in the corpus). */
    public synchronized void add(String key, ObjectScanResult result) {
        scanned.add(key);
        compare(key, result.documents());
    }

    /** Counts the values planted in objects that were never scanned (a missing file) as missed. */
    public synchronized void finish() {
        for (String key : truth.keySet()) {
            if (scanned.add(key)) {
                compare(key, List.of());
            }
        }
    }

    private void compare(String key, List<DocumentResult> documents) {
        Map<String, Map<String, TruthEntry>> planted = truth.getOrDefault(key, Map.of());
        Map<String, Map<String, DetectionSummary>> found = new HashMap<>();
        for (DocumentResult d : documents) {
            Map<String, DetectionSummary> m = found.computeIfAbsent(d.document().embeddedPath(), k -> new HashMap<>());
            for (DetectionSummary s : d.detections()) {
                m.put(s.identifier().id(), s);
            }
        }
        if (!found.keySet().containsAll(planted.keySet())) {
            compareFolded(key, planted, found);
            return;
        }
        Set<String> members = new HashSet<>(found.keySet());
        members.addAll(planted.keySet());
        for (String member : members) {
            Map<String, TruthEntry> t = planted.getOrDefault(member, Map.of());
            Map<String, DetectionSummary> f = found.getOrDefault(member, Map.of());
            Set<String> ids = new HashSet<>(t.keySet());
            ids.addAll(f.keySet());
            for (String id : ids) {
                record(key, id, compare(t.get(id), f.get(id)));
            }
        }
    }

    private void compareFolded(String key, Map<String, Map<String, TruthEntry>> planted,
                               Map<String, Map<String, DetectionSummary>> found) {
        Map<String, long[]> counts = new HashMap<>(); // id -> {truth, found}
        planted.values().forEach(m -> m.forEach((id, e) -> counts.computeIfAbsent(id, k -> new long[2])[0] += e.count()));
        found.values().forEach(m -> m.forEach((id, s) -> counts.computeIfAbsent(id, k -> new long[2])[1] += s.count()));
        counts.forEach((id, c) -> record(key, id, byCount(c[0], c[1])));
    }

    private void record(String key, String identifier, Score s) {
        byIdentifier.merge(identifier, s, Score::plus);
        byObject.computeIfAbsent(key, k -> new TreeMap<>()).merge(identifier, s, Score::plus);
    }

    static Score compare(TruthEntry t, DetectionSummary f) {
        long truthCount = t == null ? 0 : t.count();
        long foundCount = f == null ? 0 : f.count();
        if (t == null || f == null || t.locations() == null || f.locations().size() != foundCount) {
            return byCount(truthCount, foundCount);
        }
        List<String> planted = t.locations().stream().map(AccuracyScorer::key).toList();
        List<String> detected = f.locations().stream().map(AccuracyScorer::key).toList();
        if (planted.get(0).charAt(0) != detected.get(0).charAt(0)) {
            return byCount(truthCount, foundCount); // the scanner reports another kind of location for this format
        }
        Map<String, Integer> open = new HashMap<>();
        planted.forEach(k -> open.merge(k, 1, Integer::sum));
        long tp = 0;
        for (String k : detected) {
            Integer n = open.get(k);
            if (n != null && n > 0) {
                open.put(k, n - 1);
                tp++;
            }
        }
        return new Score(truthCount, foundCount, tp, foundCount - tp, truthCount - tp);
    }

    private static Score byCount(long truth, long found) {
        long tp = Math.min(truth, found);
        return new Score(truth, found, tp, found - tp, truth - tp);
    }

    static String key(TruthLocation l) {
        if (l.line() != null) {
            return "L" + l.line();
        }
        if (l.row() != null) {
            return "C" + l.row() + ":" + l.column();
        }
        if (l.recordIndex() != null) {
            return "R" + l.recordIndex() + ":" + normalisePath(l.jsonPath());
        }
        return "P" + l.page();
    }

    static String key(Location l) {
        return switch (l) {
            case LineRange r -> "L" + r.start();
            case CellLocation c -> "C" + c.row() + ":" + c.column();
            case RecordLocation r -> "R" + r.recordIndex() + ":" + normalisePath(r.jsonPath());
            case PageLocation p -> "P" + p.pageNumber();
        };
    }

    /** {@code $['a']["b"][2]} and {@code $.a.b[2]} become the same string. */
    static String normalisePath(String path) {
        return path == null ? "" : path.replaceAll("\\[['\"]([^'\"]*)['\"]]", ".$1");
    }

    public Map<String, Score> byIdentifier() {
        return byIdentifier;
    }

    public Score total() {
        return byIdentifier.values().stream().reduce(Score.ZERO, Score::plus);
    }

    /** The objects with the most errors (false positives plus false negatives), worst first. */
    public List<Map.Entry<String, Map<String, Score>>> worstObjects(int n) {
        List<Map.Entry<String, Map<String, Score>>> all = new ArrayList<>(byObject.entrySet());
        all.removeIf(e -> errors(e.getValue()) == 0);
        all.sort((a, b) -> a.getKey().compareTo(b.getKey()));
        all.sort((a, b) -> Long.compare(errors(b.getValue()), errors(a.getValue())));
        return all.subList(0, Math.min(n, all.size()));
    }

    static long errors(Map<String, Score> scores) {
        return scores.values().stream().mapToLong(Score::errors).sum();
    }
}
