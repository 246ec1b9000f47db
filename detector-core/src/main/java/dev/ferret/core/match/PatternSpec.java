package dev.ferret.core.match;

/**
 * One pattern for the multi-pattern matcher: an identifier's candidate regex or a keyword.
 *
 * @param id              caller's number for the pattern, reported with each hit
 * @param regex           in the subset Hyperscan and RE2/J share: no lookaround, no backreferences, no capturing semantics
 * @param caseInsensitive match ignoring case
 */
public record PatternSpec(int id, String regex, boolean caseInsensitive) {
}
