package dev.ferret.corpus;

import java.util.ArrayList;
import java.util.List;

/** Every catalogue identifier the registers plant, beyond the core set that the customer documents carry. */
final class CatalogueRegister {

    private CatalogueRegister() {
    }

    static List<CatalogueValues> all() {
        List<CatalogueValues> all = new ArrayList<>(FinancialCatalogueValues.all());
        all.addAll(IdentityCatalogueValues.all());
        all.addAll(ShapeCatalogueValues.all());
        return all;
    }
}
