package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * A vendor token whose shape the pattern already fixes (prefix, alphabet, length): the validator only drops values that
 * are not generated, such as {@code ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx} in documentation, and a fixed list of
 * published examples (Stripe's two test keys, which Macie never reports).
 */
public final class RandomTokenValidator implements Validator {

    private final Set<String> publishedExamples;

    public RandomTokenValidator(Set<String> publishedExamples) {
        this.publishedExamples = Set.copyOf(publishedExamples);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return !publishedExamples.contains(value) && SecretText.looksRandom(value);
    }
}
