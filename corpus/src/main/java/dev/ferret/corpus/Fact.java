package dev.ferret.corpus;

/**
 * A value with the label written before it in prose formats. {@code identifier} is the identifier that must report
 * it, or null for a hard negative (a near miss, or a value whose identifier needs a keyword that the label lacks).
 */
record Fact(String identifier, String label, String value) {
}
