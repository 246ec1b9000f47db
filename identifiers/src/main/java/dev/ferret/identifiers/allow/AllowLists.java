package dev.ferret.identifiers.allow;

import com.google.re2j.Pattern;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The allow lists of a job, as in Macie: text that an identifier found but that is to be ignored. A predefined-text
 * list entry must equal the whole matched text, ignoring case; a regex list's pattern must match the whole matched
 * text. Applied to every identifier, managed and custom, after a candidate is confirmed. Immutable and thread-safe;
 * regexes run on RE2/J, in linear time.
 */
public final class AllowLists {

    public static final AllowLists NONE = new AllowLists(Set.of(), List.of());

    private final Set<String> words;
    private final List<Pattern> regexes;

    private AllowLists(Set<String> lowerCaseWords, List<Pattern> regexes) {
        this.words = lowerCaseWords;
        this.regexes = regexes;
    }

    /**
     * @param wordLists  the entries of each predefined-text list (at most {@value AllowListReader#MAX_LISTS_PER_KIND})
     * @param regexLists the pattern of each regex list (at most {@value AllowListReader#MAX_LISTS_PER_KIND})
     */
    public static AllowLists of(List<List<String>> wordLists, List<String> regexLists) {
        if (wordLists.size() > AllowListReader.MAX_LISTS_PER_KIND || regexLists.size() > AllowListReader.MAX_LISTS_PER_KIND) {
            throw new IllegalArgumentException("a job may use at most " + AllowListReader.MAX_LISTS_PER_KIND
                    + " predefined-text allow lists and " + AllowListReader.MAX_LISTS_PER_KIND + " regex allow lists (Macie's limit); "
                    + wordLists.size() + " and " + regexLists.size() + " were given");
        }
        Set<String> words = new HashSet<>();
        for (List<String> list : wordLists) {
            for (String entry : list) {
                words.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        List<Pattern> regexes = regexLists.stream().map(Pattern::compile).toList();
        return new AllowLists(Set.copyOf(words), regexes);
    }

    public boolean isEmpty() {
        return words.isEmpty() && regexes.isEmpty();
    }

    /** Whether {@code matched}, the whole text an identifier found, is allow-listed. */
    public boolean allows(String matched) {
        if (!words.isEmpty() && words.contains(matched.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Pattern regex : regexes) {
            if (regex.matches(matched)) {
                return true;
            }
        }
        return false;
    }
}
