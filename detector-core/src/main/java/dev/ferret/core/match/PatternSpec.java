package dev.ferret.core.match;

/**
 * One pattern for the multi-pattern matcher: an identifier's candidate regex or a keyword.
 *
 * @param id              caller's number for the pattern, reported with each hit
 * @param regex           in the subset Hyperscan and RE2/J share: no lookaround, no backreferences, no capturing semantics
 * @param caseInsensitive match ignoring case
 * @param presenceOnly    the caller only asks whether the pattern matches the text: an engine reports at least one hit
 *                        if it does and none if it does not, with spans it need not locate (Hyperscan reports one
 *                        hit, empty, at the first match's end, and skips the costly start-of-match tracking)
 */
public record PatternSpec(int id, String regex, boolean caseInsensitive, boolean presenceOnly) {

    /** A pattern whose every match is reported with its span. */
    public PatternSpec(int id, String regex, boolean caseInsensitive) {
        this(id, regex, caseInsensitive, false);
    }
}
