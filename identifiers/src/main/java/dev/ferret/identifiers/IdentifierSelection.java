package dev.ferret.identifiers;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which managed identifiers a job uses: Macie's {@code managedDataIdentifierSelector} with its
 * {@code managedDataIdentifierIds}, written {@code ALL}, {@code NONE}, {@code RECOMMENDED}, {@code INCLUDE:ID,…} or
 * {@code EXCLUDE:ID,…}.
 */
public record IdentifierSelection(Mode mode, List<String> ids) {

    public enum Mode { ALL, NONE, RECOMMENDED, INCLUDE, EXCLUDE }

    public static final IdentifierSelection ALL = new IdentifierSelection(Mode.ALL, List.of());

    public IdentifierSelection {
        ids = List.copyOf(ids);
    }

    /** @throws IllegalArgumentException for an unknown mode, a list where none belongs, or a missing list */
    public static IdentifierSelection parse(String text) {
        String s = text.strip();
        int colon = s.indexOf(':');
        String modeName = (colon < 0 ? s : s.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
        Mode mode;
        try {
            mode = Mode.valueOf(modeName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("managed identifier selection must be ALL, NONE, RECOMMENDED, "
                    + "INCLUDE:ID,… or EXCLUDE:ID,…, not '" + text + "'", e);
        }
        boolean listed = mode == Mode.INCLUDE || mode == Mode.EXCLUDE;
        List<String> ids = colon < 0 ? List.of() : List.of(s.substring(colon + 1).split(",")).stream()
                .map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (listed && ids.isEmpty()) {
            throw new IllegalArgumentException(mode + " needs a list of managed identifier IDs, e.g. " + mode
                    + ":USA_SOCIAL_SECURITY_NUMBER,CREDIT_CARD_NUMBER");
        }
        if (!listed && colon >= 0) {
            throw new IllegalArgumentException(mode + " takes no list of IDs; use INCLUDE:… or EXCLUDE:…");
        }
        return new IdentifierSelection(mode, ids);
    }

    /**
     * The selected identifiers in catalogue order.
     *
     * @throws IllegalArgumentException for an ID the catalogue does not know, naming the closest known IDs
     */
    public List<IdentifierDefinition> select(ManagedCatalogue catalogue) {
        List<IdentifierDefinition> all = catalogue.all();
        Set<String> listed = new LinkedHashSet<>(ids);
        for (String id : listed) {
            if (catalogue.byId(id).isEmpty()) {
                throw new IllegalArgumentException("unknown managed identifier '" + id + "'; closest: "
                        + String.join(", ", closest(id, all)) + " (see 'ferret identifiers')");
            }
        }
        return switch (mode) {
            case ALL -> all;
            case NONE -> List.of();
            case RECOMMENDED -> all.stream().filter(IdentifierDefinition::recommended).toList();
            case INCLUDE -> all.stream().filter(d -> listed.contains(d.id())).toList();
            case EXCLUDE -> all.stream().filter(d -> !listed.contains(d.id())).toList();
        };
    }

    /** Macie's rule: a job that uses no managed identifier needs at least one custom identifier. */
    public boolean needsCustomIdentifiers() {
        return mode == Mode.NONE;
    }

    private static List<String> closest(String id, List<IdentifierDefinition> all) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String wanted = id.toUpperCase(Locale.ROOT);
        return all.stream().map(IdentifierDefinition::id)
                .sorted(Comparator.comparingInt((String known) -> distance.apply(wanted, known)).thenComparing(known -> known))
                .limit(3).toList();
    }
}
