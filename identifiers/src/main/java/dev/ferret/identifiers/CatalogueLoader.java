package dev.ferret.identifiers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads identifier definitions from YAML files on the classpath, listed in an {@code index.txt} beside them. */
final class CatalogueLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private CatalogueLoader() {
    }

    static List<IdentifierDefinition> loadIndexed(String folder) {
        List<IdentifierDefinition> out = new ArrayList<>();
        for (String name : readIndex(folder)) {
            out.add(load(folder + "/" + name + ".yaml"));
        }
        return List.copyOf(out);
    }

    private static List<String> readIndex(String folder) {
        String resource = folder + "/index.txt";
        try (InputStream in = open(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static IdentifierDefinition load(String resource) {
        try (InputStream in = open(resource)) {
            return YAML.readValue(in, DefinitionFile.class).toDefinition();
        } catch (IOException e) {
            throw new IllegalStateException("identifier file " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing classpath resource " + resource);
        }
        return in;
    }

    /** The file shape; kept apart from {@link IdentifierDefinition} so the files can use short, optional fields. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record DefinitionFile(
            String id,
            Category category,
            List<String> countries,
            String description,
            String regex,
            String regexWithoutKeyword,
            Boolean caseInsensitive,
            List<String> keywords,
            KeywordRule keywordRule,
            Integer maximumMatchDistance,
            List<String> ignoreWords,
            String validator,
            String severity,
            Boolean recommended,
            Boolean extension,
            Integer maxDetectionsPerFile,
            Boolean prefilter,
            Examples examples) {

        IdentifierDefinition toDefinition() {
            Examples ex = examples == null ? new Examples(null, null) : examples;
            return new IdentifierDefinition(id, category, countries, description, regex,
                    Boolean.TRUE.equals(caseInsensitive), keywords, keywordRule,
                    maximumMatchDistance == null ? IdentifierDefinition.DEFAULT_MANAGED_DISTANCE : maximumMatchDistance,
                    ignoreWords, validator, SeverityByCount.parse(severity),
                    Boolean.TRUE.equals(recommended), Boolean.TRUE.equals(extension), ex.match(), ex.noMatch(), null,
                    maxDetectionsPerFile == null ? IdentifierDefinition.UNCAPPED : maxDetectionsPerFile,
                    regexWithoutKeyword, Boolean.TRUE.equals(prefilter));
        }
    }

    record Examples(List<Example> match, List<String> noMatch) {
    }
}
