package dev.ferret.corpus;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * How the corpus plants one catalogue identifier: values valid by construction, near misses that no identifier may
 * report (right shape, wrong check digit or prefix), and labels that hold one of its keywords.
 *
 * @param identifier      the identifier that must report a valid value written after a keyword label
 * @param keywordLabels   labels (also used as column headers) that contain one of the identifier's keywords
 * @param keywordRequired whether a valid value with no keyword nearby is a hard negative (Macie's REQUIRED rule)
 * @param valid           a valid value, built with the corpus's own check-digit code ({@link CheckDigits})
 * @param nearMiss        a value of the same shape that must not be reported, even next to a keyword
 * @param withoutKeyword  the identifier that must report a valid value written with no keyword, or null for none:
 *                        by default this identifier, or none where the keyword is required; a value may hold another
 *                        identifier's (track 2 of a magnetic stripe is a card number)
 */
record CatalogueValues(String identifier, List<String> keywordLabels, boolean keywordRequired,
                       Function<Random, String> valid, Function<Random, String> nearMiss,
                       Function<String, String> withoutKeyword) {

    CatalogueValues {
        keywordLabels = List.copyOf(keywordLabels);
        if (keywordLabels.isEmpty()) {
            throw new IllegalArgumentException(identifier + ": at least one keyword label");
        }
    }

    CatalogueValues(String identifier, List<String> keywordLabels, boolean keywordRequired,
                    Function<Random, String> valid, Function<Random, String> nearMiss) {
        this(identifier, keywordLabels, keywordRequired, valid, nearMiss, value -> keywordRequired ? null : identifier);
    }

    String keywordLabel(Random rnd) {
        return keywordLabels.get(rnd.nextInt(keywordLabels.size()));
    }
}
