package dev.ferret.identifiers.custom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Macie's limits on custom data identifiers; each error names the field and the limit. */
public final class CustomIdentifierLimits {

    public static final int MAX_NAME = 128;
    public static final int MAX_DESCRIPTION = 512;
    public static final int MAX_REGEX = 512;
    public static final int MAX_KEYWORDS = 50;
    public static final int MIN_KEYWORD = 3;
    public static final int MAX_KEYWORD = 90;
    public static final int MAX_IGNORE_WORDS = 10;
    public static final int MIN_IGNORE_WORD = 4;
    public static final int MAX_IGNORE_WORD = 90;
    public static final int MIN_DISTANCE = 1;
    public static final int MAX_DISTANCE = 300;
    public static final int MAX_SEVERITY_LEVELS = 3;
    public static final int MAX_PER_JOB = 30;

    private CustomIdentifierLimits() {
    }

    static void check(String name, String description, String regex, List<String> keywords, List<String> ignoreWords,
                      int distance, List<SeverityLevel> levels) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("custom identifier: name is required (1 to " + MAX_NAME + " characters)");
        }
        String who = "custom identifier '" + (length(name) > MAX_NAME ? name.substring(0, 40) + "…" : name) + "': ";
        atMost(who, "name", name, MAX_NAME);
        if (description != null) {
            atMost(who, "description", description, MAX_DESCRIPTION);
        }
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException(who + "regex is required (1 to " + MAX_REGEX + " characters)");
        }
        atMost(who, "regex", regex, MAX_REGEX);
        RegexSubset.check(who + "regex", regex);
        words(who, "keywords", keywords, MAX_KEYWORDS, MIN_KEYWORD, MAX_KEYWORD);
        words(who, "ignoreWords", ignoreWords, MAX_IGNORE_WORDS, MIN_IGNORE_WORD, MAX_IGNORE_WORD);
        if (distance < MIN_DISTANCE || distance > MAX_DISTANCE) {
            throw new IllegalArgumentException(who + "maximumMatchDistance is " + distance + "; it must be "
                    + MIN_DISTANCE + " to " + MAX_DISTANCE);
        }
        severityLevels(who, levels);
    }

    /** The job-wide limits: at most {@value #MAX_PER_JOB} custom identifiers, no definition twice, unique names. */
    public static void checkJob(List<CustomDataIdentifier> identifiers) {
        if (identifiers.size() > MAX_PER_JOB) {
            throw new IllegalArgumentException("a job may use at most " + MAX_PER_JOB + " custom identifiers (Macie's limit); "
                    + identifiers.size() + " were given");
        }
        Set<String> names = new HashSet<>();
        for (CustomDataIdentifier c : identifiers) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("custom identifier name '" + c.name() + "' is used twice; names must be unique in a job");
            }
        }
    }

    private static void words(String who, String field, List<String> words, int maxItems, int min, int max) {
        if (words.size() > maxItems) {
            throw new IllegalArgumentException(who + field + " has " + words.size() + " items; at most " + maxItems + " are allowed");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int len = w == null ? 0 : length(w);
            if (len < min || len > max) {
                throw new IllegalArgumentException(who + field + "[" + i + "] is " + len + " characters; each must be "
                        + min + " to " + max + " characters");
            }
        }
    }

    private static void severityLevels(String who, List<SeverityLevel> levels) {
        if (levels.size() > MAX_SEVERITY_LEVELS) {
            throw new IllegalArgumentException(who + "severityLevels has " + levels.size() + " items; at most "
                    + MAX_SEVERITY_LEVELS + " are allowed");
        }
        for (int i = 0; i < levels.size(); i++) {
            SeverityLevel level = levels.get(i);
            if (level == null || level.severity() == null) {
                throw new IllegalArgumentException(who + "severityLevels[" + i + "].severity is required (LOW, MEDIUM or HIGH)");
            }
            if (level.occurrencesThreshold() < 1) {
                throw new IllegalArgumentException(who + "severityLevels[" + i + "].occurrencesThreshold is "
                        + level.occurrencesThreshold() + "; it must be at least 1");
            }
            if (i > 0) {
                SeverityLevel previous = levels.get(i - 1);
                if (level.occurrencesThreshold() <= previous.occurrencesThreshold()
                        || level.severity().score() <= previous.severity().score()) {
                    throw new IllegalArgumentException(who + "severityLevels must ascend: each occurrencesThreshold and "
                            + "severity higher than the one before (LOW < MEDIUM < HIGH); item " + i + " is not");
                }
            }
        }
    }

    private static void atMost(String who, String field, String value, int max) {
        int len = length(value);
        if (len > max) {
            throw new IllegalArgumentException(who + field + " is " + len + " characters; at most " + max + " are allowed");
        }
    }

    /** Macie counts UTF-8 characters, that is code points. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
