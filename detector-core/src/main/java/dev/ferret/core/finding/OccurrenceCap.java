package dev.ferret.core.finding;

/**
 * How many occurrence locations a record keeps: in all, and per identifier. Counts are never capped.
 *
 * @param perRecord locations in the whole record, filled depth first over categories and identifiers
 * @param perType   locations per identifier
 */
public record OccurrenceCap(int perRecord, int perType) {

    /** A finding locates at most 15 occurrences (Macie's quota "detection locations per sensitive data finding"). */
    public static final OccurrenceCap FINDING = new OccurrenceCap(15, 15);

    /** A discovery result locates up to 1,000 occurrences per identifier. */
    public static final OccurrenceCap RESULT = new OccurrenceCap(Integer.MAX_VALUE, 1000);

    public OccurrenceCap {
        if (perRecord < 0 || perType < 0) {
            throw new IllegalArgumentException("caps must not be negative");
        }
    }
}
