package dev.ferret.identifiers.custom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ferret.identifiers.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads custom data identifiers from a JSON or YAML file holding one definition or a list of them, in the shape of
 * Macie's {@code CreateCustomDataIdentifierRequest} ({@code tags} and {@code clientToken} are accepted and ignored, so
 * a request written for the AWS CLI loads as it is).
 */
public final class CustomIdentifierLoader {

    /** Far above what 30 definitions of Macie's sizes need; stops a wrong file from being read whole. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static final ObjectMapper JSON = configure(new ObjectMapper());
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));

    private CustomIdentifierLoader() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static List<CustomDataIdentifier> load(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + MAX_FILE_BYTES + " bytes; is it a custom identifier file?");
            }
            return parse(Files.readString(file), file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"),
                    file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read custom identifier file " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * @param json   whether the text is JSON (otherwise YAML, which also reads most JSON)
     * @param source the file's name, for messages
     */
    public static List<CustomDataIdentifier> parse(String text, boolean json, String source) {
        ObjectMapper mapper = json ? JSON : YAML;
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid " + (json ? "JSON" : "YAML") + " (line "
                    + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new IllegalArgumentException(source + " must hold a custom identifier definition or a list of them");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isObject()) {
            items.add(root);
        } else {
            root.forEach(items::add);
        }
        List<CustomDataIdentifier> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = source + (root.isArray() ? " item " + i : "");
            DefinitionFile file;
            try {
                file = mapper.treeToValue(items.get(i), DefinitionFile.class);
            } catch (UnrecognizedPropertyException e) {
                throw new IllegalArgumentException(where + ": unknown field '" + e.getPropertyName() + "'; the fields are "
                        + "name, description, regex, keywords, ignoreWords, maximumMatchDistance, severityLevels", e);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + ": " + e.getOriginalMessage(), e);
            }
            try {
                out.add(file.toIdentifier());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    record DefinitionFile(String name, String description, String regex, List<String> keywords,
                          List<String> ignoreWords, Integer maximumMatchDistance, List<Level> severityLevels,
                          Object tags, String clientToken) {

        CustomDataIdentifier toIdentifier() {
            List<SeverityLevel> levels = null;
            if (severityLevels != null) {
                levels = new ArrayList<>();
                for (int i = 0; i < severityLevels.size(); i++) {
                    Level l = severityLevels.get(i);
                    if (l == null || l.occurrencesThreshold() == null) {
                        throw new IllegalArgumentException("severityLevels[" + i + "].occurrencesThreshold is required");
                    }
                    levels.add(new SeverityLevel(l.occurrencesThreshold(), l.severity()));
                }
            }
            return CustomDataIdentifier.of(name, description, regex, keywords, ignoreWords, maximumMatchDistance, levels);
        }
    }

    record Level(Long occurrencesThreshold, Severity severity) {
    }
}
