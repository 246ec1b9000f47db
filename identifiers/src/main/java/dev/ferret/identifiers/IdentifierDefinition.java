package dev.ferret.identifiers;

import dev.ferret.identifiers.custom.CustomDataIdentifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data identifier, managed or custom, as data: what its candidates look like (the regex), what confirms them
 * (validator, keywords within a distance, ignore words) and how Macie rates it.
 *
 * @param id                   Macie's managed data identifier ID, e.g. {@code USA_SOCIAL_SECURITY_NUMBER}
 * @param category             Macie's category
 * @param countries            ISO 3166 alpha-2 codes, or {@code ANY}
 * @param description          one line for people
 * @param regex                the candidate pattern, in the subset both Hyperscan and RE2/J accept (no lookaround, no backreferences)
 * @param caseInsensitive      whether the regex ignores case
 * @param keywords             keywords, matched case-insensitively; a space also matches no space, {@code _} or {@code -}
 * @param keywordRule          how keywords are used
 * @param maximumMatchDistance characters allowed between a keyword and the candidate in unstructured text
 * @param ignoreWords          a candidate containing one of these (case-sensitive) is dropped
 * @param validator            name of the {@link Validator} in {@link Validators}, or {@code none}
 * @param severity             Macie's severity for 1 / 2–99 / 100+ occurrences
 * @param recommended          in Macie's RECOMMENDED set
 * @param extension            a Ferret extension, not a Macie managed identifier
 * @param mustMatch            examples the identifier must find
 * @param mustNotMatch         examples (near misses) it must not find
 * @param custom               for a custom identifier, its definition (name, severity levels); {@code null} for a managed one
 * @param maxDetectionsPerFile detections counted and located per file (document) at most; Macie caps NAME and
 *                             ADDRESS at 1,000, everything else is {@link #UNCAPPED}
 * @param regexWithoutKeyword  for an OPTIONAL keyword rule, the part of {@code regex} that can be confirmed with no
 *                             keyword nearby (a phone number with its country code), or {@code null}: then only
 *                             this is scanned everywhere and {@code regex} only where a keyword is, which must not
 *                             change any detection (the validator rejects everything else without a keyword)
 * @param prefilter            the regex is costly to locate and matches rarely: every segment gets a cheap check of
 *                             whether it matches at all, and only the segments where it does are scanned for spans
 */
public record IdentifierDefinition(
        String id,
        Category category,
        List<String> countries,
        String description,
        String regex,
        boolean caseInsensitive,
        List<String> keywords,
        KeywordRule keywordRule,
        int maximumMatchDistance,
        List<String> ignoreWords,
        String validator,
        SeverityByCount severity,
        boolean recommended,
        boolean extension,
        List<Example> mustMatch,
        List<String> mustNotMatch,
        CustomDataIdentifier custom,
        int maxDetectionsPerFile,
        String regexWithoutKeyword,
        boolean prefilter) {

    /** Macie's distance for managed identifiers in unstructured text. */
    public static final int DEFAULT_MANAGED_DISTANCE = 30;

    /** No cap on the detections per file. */
    public static final int UNCAPPED = Integer.MAX_VALUE;

    public IdentifierDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category of " + id);
        Objects.requireNonNull(regex, "regex of " + id);
        Objects.requireNonNull(severity, "severity of " + id);
        countries = countries == null ? List.of() : List.copyOf(countries);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        keywordRule = keywordRule == null ? (keywords.isEmpty() ? KeywordRule.NONE : KeywordRule.REQUIRED) : keywordRule;
        ignoreWords = ignoreWords == null ? List.of() : List.copyOf(ignoreWords);
        validator = validator == null ? "none" : validator;
        mustMatch = mustMatch == null ? List.of() : List.copyOf(mustMatch);
        mustNotMatch = mustNotMatch == null ? List.of() : List.copyOf(mustNotMatch);
        if (keywordRule != KeywordRule.NONE && keywords.isEmpty()) {
            throw new IllegalArgumentException(id + ": keywordRule " + keywordRule + " needs at least one keyword");
        }
        if (maximumMatchDistance < 0) {
            throw new IllegalArgumentException(id + ": maximumMatchDistance must not be negative");
        }
        if (maxDetectionsPerFile < 1) {
            throw new IllegalArgumentException(id + ": maxDetectionsPerFile must be at least 1");
        }
        if (prefilter && (keywordRule == KeywordRule.REQUIRED || regexWithoutKeyword != null)) {
            throw new IllegalArgumentException(id + ": prefilter is for identifiers scanned everywhere, not for those"
                    + " scanned only near their keywords");
        }
        if (regexWithoutKeyword != null && keywordRule != KeywordRule.OPTIONAL) {
            throw new IllegalArgumentException(id + ": regexWithoutKeyword only applies to keywordRule OPTIONAL, not "
                    + keywordRule);
        }
    }

    /** A managed identifier (no custom part) without a per-file cap. */
    public IdentifierDefinition(String id, Category category, List<String> countries, String description, String regex,
                                boolean caseInsensitive, List<String> keywords, KeywordRule keywordRule,
                                int maximumMatchDistance, List<String> ignoreWords, String validator,
                                SeverityByCount severity, boolean recommended, boolean extension, List<Example> mustMatch,
                                List<String> mustNotMatch) {
        this(id, category, countries, description, regex, caseInsensitive, keywords, keywordRule, maximumMatchDistance,
                ignoreWords, validator, severity, recommended, extension, mustMatch, mustNotMatch, null, UNCAPPED, null, false);
    }

    /** An identifier without a per-file cap: custom when {@code custom} is set. */
    public IdentifierDefinition(String id, Category category, List<String> countries, String description, String regex,
                                boolean caseInsensitive, List<String> keywords, KeywordRule keywordRule,
                                int maximumMatchDistance, List<String> ignoreWords, String validator,
                                SeverityByCount severity, boolean recommended, boolean extension, List<Example> mustMatch,
                                List<String> mustNotMatch, CustomDataIdentifier custom) {
        this(id, category, countries, description, regex, caseInsensitive, keywords, keywordRule, maximumMatchDistance,
                ignoreWords, validator, severity, recommended, extension, mustMatch, mustNotMatch, custom, UNCAPPED, null, false);
    }

    public boolean usesKeywords() {
        return keywordRule != KeywordRule.NONE;
    }

    public boolean isCustom() {
        return custom != null;
    }

    /** What people read: the custom identifier's name, or the managed identifier's ID. */
    public String displayName() {
        return custom != null ? custom.name() : id;
    }

    /**
     * The severity for {@code count} occurrences: Macie's table for managed identifiers, the severity levels for custom
     * ones, which rate nothing (and so make no finding) below their lowest threshold.
     */
    public Optional<Severity> severityFor(long count) {
        return custom != null ? custom.severityFor(count) : Optional.of(severity.forCount(count));
    }
}
