package dev.ferret.identifiers.custom;

import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.Severity;
import dev.ferret.identifiers.SeverityByCount;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A custom data identifier in Macie's shape ({@code CreateCustomDataIdentifierRequest}), checked against Macie's
 * limits. Its {@link #id()} is a name-based UUID of its content, so the same definition gets the same ID in every run
 * (Macie's {@code customDataIdentifierId}; findings carry it as {@code arn}).
 *
 * <p>Unlike managed identifiers, a keyword must <em>precede</em> the match, with at most {@link #maximumMatchDistance()}
 * characters from the end of the keyword to the end of the match; the regex is case-sensitive unless it says {@code (?i)}.
 */
public record CustomDataIdentifier(
        String id,
        String name,
        String description,
        String regex,
        List<String> keywords,
        List<String> ignoreWords,
        int maximumMatchDistance,
        List<SeverityLevel> severityLevels) {

    public static final int DEFAULT_MAXIMUM_MATCH_DISTANCE = 50;

    public CustomDataIdentifier {
        keywords = List.copyOf(keywords);
        ignoreWords = List.copyOf(ignoreWords);
        severityLevels = List.copyOf(severityLevels);
    }

    /**
     * Checks a definition against Macie's limits and gives it its content-derived ID.
     *
     * @param maximumMatchDistance {@code null} for Macie's default of {@value #DEFAULT_MAXIMUM_MATCH_DISTANCE}
     * @throws IllegalArgumentException naming the field and the limit it breaks
     */
    public static CustomDataIdentifier of(String name, String description, String regex, List<String> keywords,
                                          List<String> ignoreWords, Integer maximumMatchDistance,
                                          List<SeverityLevel> severityLevels) {
        List<String> kw = keywords == null ? List.of() : keywords;
        List<String> ignore = ignoreWords == null ? List.of() : ignoreWords;
        List<SeverityLevel> levels = severityLevels == null ? List.of() : severityLevels;
        int distance = maximumMatchDistance == null ? DEFAULT_MAXIMUM_MATCH_DISTANCE : maximumMatchDistance;
        CustomIdentifierLimits.check(name, description, regex, kw, ignore, distance, levels);
        String desc = description == null ? "" : description;
        return new CustomDataIdentifier(contentId(name, desc, regex, kw, ignore, distance, levels),
                name, desc, regex, kw, ignore, distance, levels);
    }

    /** Macie's rule: the level with the highest threshold not above {@code count}; none below the lowest (no finding). */
    public Optional<Severity> severityFor(long count) {
        if (count < 1) {
            return Optional.empty();
        }
        if (severityLevels.isEmpty()) {
            return Optional.of(Severity.MEDIUM);
        }
        Severity found = null;
        for (SeverityLevel level : severityLevels) {
            if (level.occurrencesThreshold() <= count) {
                found = level.severity();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The definition the scanner compiles and the findings report; its {@code custom()} leads back here. */
    public IdentifierDefinition toDefinition() {
        return new IdentifierDefinition(id, Category.CUSTOM_IDENTIFIER, List.of("ANY"), description, regex, false,
                keywords, keywords.isEmpty() ? KeywordRule.NONE : KeywordRule.REQUIRED, maximumMatchDistance,
                ignoreWords, "none", new SeverityByCount(Severity.MEDIUM, Severity.MEDIUM, Severity.MEDIUM),
                false, false, List.of(), List.of(), this);
    }

    private static String contentId(String name, String description, String regex, List<String> keywords,
                                    List<String> ignoreWords, int distance, List<SeverityLevel> levels) {
        // unit and record separators cannot occur in the checked fields' meaning, so the encoding is unambiguous
        StringBuilder in = new StringBuilder("ferret-custom-data-identifier\u001e");
        for (String field : List.of(name, description, regex, String.join("\u001f", keywords),
                String.join("\u001f", ignoreWords), Integer.toString(distance))) {
            in.append(field).append('\u001e');
        }
        for (SeverityLevel level : levels) {
            in.append(level.occurrencesThreshold()).append(':').append(level.severity()).append('\u001f');
        }
        return UUID.nameUUIDFromBytes(in.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
