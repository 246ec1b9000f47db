package dev.ferret.identifiers;

/** Macie's severity levels with their numeric scores (1 = Low, 2 = Medium, 3 = High). */
public enum Severity {
    LOW(1, "Low"),
    MEDIUM(2, "Medium"),
    HIGH(3, "High");

    private final int score;
    private final String description;

    Severity(int score, String description) {
        this.score = score;
        this.description = description;
    }

    public int score() {
        return score;
    }

    public String description() {
        return description;
    }

    public static Severity max(Severity a, Severity b) {
        return a.score >= b.score ? a : b;
    }
}
