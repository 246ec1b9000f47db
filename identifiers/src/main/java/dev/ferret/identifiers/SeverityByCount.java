package dev.ferret.identifiers;

import java.util.Objects;

/**
 * Macie's per-type severity for 1, 2–99 and 100 or more occurrences (the L/M/H columns of the Macie severity table).
 * Written in catalogue files as three letters, for example {@code LMH} or {@code HHH}.
 */
public record SeverityByCount(Severity one, Severity few, Severity many) {

    public SeverityByCount {
        Objects.requireNonNull(one);
        Objects.requireNonNull(few);
        Objects.requireNonNull(many);
    }

    public Severity forCount(long occurrences) {
        if (occurrences >= 100) {
            return many;
        }
        return occurrences >= 2 ? few : one;
    }

    /** Parses the three-letter form, e.g. {@code "LMH"}. */
    public static SeverityByCount parse(String letters) {
        if (letters == null || letters.length() != 3) {
            throw new IllegalArgumentException("severity must be three letters of L, M, H (for 1 / 2-99 / 100+ occurrences), got: " + letters);
        }
        return new SeverityByCount(letter(letters.charAt(0)), letter(letters.charAt(1)), letter(letters.charAt(2)));
    }

    private static Severity letter(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'L' -> Severity.LOW;
            case 'M' -> Severity.MEDIUM;
            case 'H' -> Severity.HIGH;
            default -> throw new IllegalArgumentException("severity letter must be L, M or H, got: " + c);
        };
    }

    @Override
    public String toString() {
        return "" + one.description().charAt(0) + few.description().charAt(0) + many.description().charAt(0);
    }
}
