package dev.ferret.core.finding;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.location.Location;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The detections of one or more documents (an object and the files inside it) added up per category and identifier,
 * with the occurrence locations a record may keep. Categories come in {@link Category} order, identifiers within a
 * category in catalogue order, and locations in document order; locations are kept depth first in that order until the
 * cap is reached. A custom identifier whose count is below its lowest severity threshold is left out, as in Macie.
 */
public final class ObjectDetections {

    /** A location and the document it is in (an archive member has an embedded path). */
    public record Located(Location location, DocumentInfo document) {
    }

    public record TypeDetections(IdentifierDefinition identifier, long count, List<Located> occurrences) {
    }

    public record CategoryDetections(Category category, long totalCount, List<TypeDetections> types) {
    }

    private final List<CategoryDetections> categories;

    private ObjectDetections(List<CategoryDetections> categories) {
        this.categories = List.copyOf(categories);
    }

    /**
     * Adds up {@code documents}' detections.
     *
     * @param catalogueOrder the identifiers in the order they were compiled; identifiers not in it follow, by first appearance
     */
    public static ObjectDetections of(List<DocumentResult> documents, List<IdentifierDefinition> catalogueOrder,
                                      OccurrenceCap cap) {
        Map<IdentifierDefinition, Integer> rank = new HashMap<>();
        for (IdentifierDefinition d : catalogueOrder) {
            rank.putIfAbsent(d, rank.size());
        }
        Map<IdentifierDefinition, List<Located>> locations = new LinkedHashMap<>();
        Map<IdentifierDefinition, Long> counts = new HashMap<>();
        for (DocumentResult doc : documents) {
            for (DetectionSummary s : doc.detections()) {
                rank.putIfAbsent(s.identifier(), rank.size());
                counts.merge(s.identifier(), s.count(), Long::sum);
                List<Located> list = locations.computeIfAbsent(s.identifier(), k -> new ArrayList<>());
                for (Location l : s.locations()) {
                    if (list.size() >= cap.perType()) {
                        break;
                    }
                    list.add(new Located(l, doc.document()));
                }
            }
        }
        List<IdentifierDefinition> ordered = new ArrayList<>(locations.keySet());
        ordered.removeIf(d -> d.severityFor(counts.get(d)).isEmpty());
        ordered.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        Map<Category, List<IdentifierDefinition>> byCategory = new EnumMap<>(Category.class);
        for (IdentifierDefinition d : ordered) {
            byCategory.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d);
        }
        int budget = cap.perRecord();
        List<CategoryDetections> categories = new ArrayList<>();
        for (Map.Entry<Category, List<IdentifierDefinition>> e : byCategory.entrySet()) {
            List<TypeDetections> types = new ArrayList<>();
            long total = 0;
            for (IdentifierDefinition d : e.getValue()) {
                List<Located> all = locations.get(d);
                List<Located> kept = List.copyOf(all.subList(0, Math.min(all.size(), budget)));
                budget -= kept.size();
                long count = counts.get(d);
                total += count;
                types.add(new TypeDetections(d, count, kept));
            }
            categories.add(new CategoryDetections(e.getKey(), total, types));
        }
        return new ObjectDetections(categories);
    }

    public List<CategoryDetections> categories() {
        return categories;
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    public long totalCount() {
        return categories.stream().mapToLong(CategoryDetections::totalCount).sum();
    }

    public long locatedCount() {
        return categories.stream().flatMap(c -> c.types().stream()).mapToLong(t -> t.occurrences().size()).sum();
    }

    /** True when more occurrences were counted than located (Macie's {@code additionalOccurrences}). */
    public boolean additionalOccurrences() {
        return totalCount() > locatedCount();
    }

    /** Macie's finding type for the categories present; empty when nothing was found. */
    public Optional<FindingType> type() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FindingType.of(categories.stream().map(CategoryDetections::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)))));
    }

    /** The highest severity over identifiers, each rated for its own total count; empty when nothing was found. */
    public Optional<Severity> severity() {
        return categories.stream().flatMap(c -> c.types().stream())
                .flatMap(t -> t.identifier().severityFor(t.count()).stream())
                .reduce(Severity::max);
    }
}
