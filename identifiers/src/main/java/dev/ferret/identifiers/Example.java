package dev.ferret.identifiers;

/**
 * One example that an identifier's own test runs: a text and, for a must-match example, the value expected to be found
 * ({@code null} means "anything, as long as something is found").
 */
public record Example(String text, String value) {
}
