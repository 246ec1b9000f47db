package dev.ferret.identifiers.custom;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * The regex subset Macie accepts for custom identifiers and allow lists, which is also what the linear-time engines
 * (Hyperscan, RE2/J) can run: no capturing groups, back-references, lookaround, atomic groups, possessive quantifiers,
 * conditionals, recursion, embedded code, comments or global flags; {@code (?i)} is the one inline flag. A pattern
 * outside it is rejected with a message naming the construct and its position, so that no pattern can ever run in
 * super-linear time.
 */
public final class RegexSubset {

    private RegexSubset() {
    }

    /**
     * @param field what the regex is, for the message (e.g. {@code regex of custom identifier 'EmployeeIDs'})
     * @throws IllegalArgumentException naming the first unsupported construct; never quoting anything but the construct
     */
    public static void check(String field, String regex) {
        String construct = unsupportedConstruct(regex);
        if (construct != null) {
            throw new IllegalArgumentException(field + " uses " + construct + ", which is not supported"
                    + " (supported: a PCRE subset without it; see docs/custom-identifiers.md)");
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid regex: " + e.getDescription(), e);
        }
    }

    /** The first construct outside the subset, described for a person, or {@code null} if there is none. */
    static String unsupportedConstruct(String regex) {
        if (regex.length() > 2 && regex.charAt(0) == '/' && regex.matches("(?s)/.*/[a-zA-Z]+")) {
            return "global flags (/…/" + regex.substring(regex.lastIndexOf('/') + 1) + "); write (?i) inside the pattern instead";
        }
        boolean inClass = false;
        int classStart = -1;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < n) {
                    String escape = escape(regex.charAt(i + 1), i, inClass);
                    if (escape != null) {
                        return escape;
                    }
                }
                i++;
            } else if (inClass) {
                if (c == ']' && i > classStart) {
                    inClass = false;
                } else if (c == '[' && i + 1 < n && regex.charAt(i + 1) == ':') {
                    int close = regex.indexOf(":]", i + 2);
                    if (close > 0) {
                        i = close + 1;
                    }
                }
            } else if (c == '[') {
                inClass = true;
                classStart = i + 1 < n && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
            } else if (c == '(') {
                String group = group(regex, i);
                if (group != null) {
                    return group;
                }
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < n && regex.charAt(i + 1) == '+'
                    && !(c == '?' && i > 0 && regex.charAt(i - 1) == '(')) {
                return "a possessive quantifier '" + c + "+' at index " + i;
            }
        }
        return null;
    }

    private static String escape(char e, int at, boolean inClass) {
        if (e >= '1' && e <= '9' && !inClass) {
            return "a back-reference '\\" + e + "' at index " + at;
        }
        return switch (e) {
            case 'k', 'g' -> "a back-reference '\\" + e + "' at index " + at;
            case 'K' -> "a match reset '\\K' at index " + at;
            case 'G' -> "the '\\G' anchor at index " + at;
            case 'R' -> "the '\\R' line-break escape at index " + at;
            default -> null;
        };
    }

    private static String group(String regex, int at) {
        String rest = regex.substring(at + 1);
        if (!rest.startsWith("?")) {
            if (rest.startsWith("*")) {
                return "a backtracking verb '(*' at index " + at;
            }
            return "a capturing group '(' at index " + at + "; write a non-capturing group (?:…) instead";
        }
        if (rest.startsWith("?:")) {
            return null;
        }
        if (rest.startsWith("?=") || rest.startsWith("?!")) {
            return "lookahead '(" + rest.substring(0, 2) + "' at index " + at;
        }
        if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
            return "lookbehind '(" + rest.substring(0, 3) + "' at index " + at;
        }
        if (rest.startsWith("?<") || rest.startsWith("?P<") || rest.startsWith("?'")) {
            return "a named capturing group at index " + at + "; write a non-capturing group (?:…) instead";
        }
        if (rest.startsWith("?P=") || rest.startsWith("?P>")) {
            return "a named back-reference at index " + at;
        }
        if (rest.startsWith("?>")) {
            return "an atomic group '(?>' at index " + at;
        }
        if (rest.startsWith("?|")) {
            return "a branch-reset group '(?|' at index " + at;
        }
        if (rest.startsWith("?(")) {
            return "a conditional '(?(' at index " + at;
        }
        if (rest.startsWith("?#")) {
            return "a comment '(?#' at index " + at;
        }
        if (rest.startsWith("?{") || rest.startsWith("??{")) {
            return "embedded code at index " + at;
        }
        if (rest.startsWith("?R") || rest.startsWith("?&") || rest.length() > 1 && (Character.isDigit(rest.charAt(1))
                || rest.charAt(1) == '+' || rest.charAt(1) == '-' && rest.length() > 2 && Character.isDigit(rest.charAt(2)))) {
            return "recursion at index " + at;
        }
        int j = 1;
        while (j < rest.length() && Character.isLetter(rest.charAt(j))) {
            j++;
        }
        String flags = rest.substring(1, j);
        boolean closes = j < rest.length() && (rest.charAt(j) == ')' || rest.charAt(j) == ':');
        if (!flags.isEmpty() && closes && flags.chars().allMatch(f -> f == 'i')) {
            return null;
        }
        return "the inline flags '(" + rest.substring(0, Math.min(rest.length(), j + 1)) + "' at index " + at
                + "; only (?i) is supported";
    }
}
