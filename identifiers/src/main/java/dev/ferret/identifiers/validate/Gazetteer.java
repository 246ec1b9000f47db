package dev.ferret.identifiers.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word list from {@code ferret/identifiers/gazetteers/}, looked up case- and accent-insensitively: "José", "Jose"
 * and "JOSE" are the same entry. Files hold words separated by whitespace; {@code #} starts a comment.
 */
final class Gazetteer {

    private static final String FOLDER = "ferret/identifiers/gazetteers/";
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> words;

    private Gazetteer(Set<String> words) {
        this.words = words;
    }

    static Gazetteer load(String fileName) {
        String resource = FOLDER + fileName;
        Set<String> words = new HashSet<>();
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String content = comment >= 0 ? line.substring(0, comment) : line;
                for (String word : content.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(fold(word));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Gazetteer(Set.copyOf(words));
    }

    boolean contains(String word) {
        return words.contains(fold(word));
    }

    /** Lower case without accents, with the typographic apostrophe as a plain one. */
    static String fold(String word) {
        String plain = word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
        boolean ascii = plain.chars().allMatch(c -> c < 128);
        if (!ascii) {
            plain = COMBINING_MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("")
                    .replace("ß", "ss").replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O');
        }
        return plain.toLowerCase(Locale.ROOT);
    }
}
