package dev.ferret.identifiers;

/**
 * Confirms a candidate that an identifier's pattern found: checksums, ranges, known prefixes, exclusion lists.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface Validator {

    /**
     * @param value         the candidate text exactly as matched
     * @param keywordNearby whether one of the identifier's keywords is near the candidate
     */
    boolean isValid(String value, boolean keywordNearby);

    Validator ACCEPT_ALL = (value, keywordNearby) -> true;
}
