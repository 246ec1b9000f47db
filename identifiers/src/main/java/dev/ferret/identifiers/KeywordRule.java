package dev.ferret.identifiers;

/** How an identifier uses its keywords (Macie's "keyword required" column, plus the two cases Macie implies). */
public enum KeywordRule {
    /** A keyword must be near the candidate (within the maximum match distance, or in a column name or JSON path). */
    REQUIRED,
    /** Keywords are looked up and handed to the validator, which decides (Macie's "Varies", e.g. phone numbers). */
    OPTIONAL,
    /** The identifier reports only where none of its keywords is near (e.g. {@code CREDIT_CARD_NUMBER_(NO_KEYWORD)}). */
    ABSENT,
    /** Keywords play no part. */
    NONE
}
