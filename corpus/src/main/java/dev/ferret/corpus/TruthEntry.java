package dev.ferret.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code truth.jsonl}: how many values of one identifier were planted in one object (or one archive
 * member of it), and where. {@code locations} is null when the format's locations are not computed (Word,
 * PowerPoint, e-mail); then only the count is ground truth.
 *
 * @param object     the object's path relative to the corpus folder, with {@code /}
 * @param member     the path inside the archive, as the scanner reports it, or {@code ""}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TruthEntry(String object, String member, String identifier, int count, List<TruthLocation> locations) {

    public static final String FILE_NAME = "truth.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Groups the labels of a file into entries, in first-seen order. */
    static List<TruthEntry> of(GeneratedFile file) {
        Map<List<String>, List<Label>> groups = new LinkedHashMap<>();
        for (Label l : file.labels()) {
            groups.computeIfAbsent(List.of(l.member(), l.identifier()), k -> new ArrayList<>()).add(l);
        }
        List<TruthEntry> entries = new ArrayList<>();
        groups.forEach((key, labels) -> {
            boolean located = labels.stream().allMatch(l -> l.location() != null);
            entries.add(new TruthEntry(file.path(), key.get(0), key.get(1), labels.size(),
                    located ? labels.stream().map(Label::location).toList() : null));
        });
        return entries;
    }

    static void write(BufferedWriter out, TruthEntry entry) throws IOException {
        out.write(MAPPER.writeValueAsString(entry));
        out.write('\n');
    }

    public static List<TruthEntry> read(Path corpus) throws IOException {
        List<TruthEntry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus.resolve(FILE_NAME))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    entries.add(MAPPER.readValue(line, TruthEntry.class));
                }
            }
        }
        return entries;
    }
}
