package dev.ferret.identifiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Macie's managed data identifiers (and Ferret's documented extensions), loaded from the YAML files under
 * {@code ferret/identifiers/managed/}. Adding an identifier is one file plus one line in that folder's {@code index.txt}.
 */
public final class ManagedCatalogue {

    static final String FOLDER = "ferret/identifiers/managed";

    private static final class Holder {
        static final ManagedCatalogue INSTANCE = new ManagedCatalogue(CatalogueLoader.loadIndexed(FOLDER));
    }

    private final Map<String, IdentifierDefinition> byId;

    private ManagedCatalogue(List<IdentifierDefinition> definitions) {
        Map<String, IdentifierDefinition> map = new LinkedHashMap<>();
        for (IdentifierDefinition d : definitions) {
            if (map.put(d.id(), d) != null) {
                throw new IllegalStateException("identifier " + d.id() + " is defined twice");
            }
            Validators.named(d.validator()); // fails early on a misspelt validator name
        }
        this.byId = map;
    }

    public static ManagedCatalogue get() {
        return Holder.INSTANCE;
    }

    /** All definitions in catalogue order. */
    public List<IdentifierDefinition> all() {
        return List.copyOf(byId.values());
    }

    public Optional<IdentifierDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
