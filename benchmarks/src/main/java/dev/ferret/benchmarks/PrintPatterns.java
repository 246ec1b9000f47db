package dev.ferret.benchmarks;

import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.ManagedCatalogue;

/**
 * Prints the candidate regex of every managed identifier, one per line ({@code (?i)} where the identifier ignores
 * case), for {@code rg -f}: the raw multi-pattern reference that {@code scripts/bench-e2e.sh} compares Ferret with.
 */
public final class PrintPatterns {

    private PrintPatterns() {
    }

    public static void main(String[] args) {
        for (IdentifierDefinition d : ManagedCatalogue.get().all()) {
            System.out.println((d.caseInsensitive() ? "(?i)" : "") + d.regex());
        }
    }
}
