package dev.ferret.identifiers.allow;

import dev.ferret.identifiers.custom.RegexSubset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads allow-list files with Macie's limits. Errors name the file, the line and the limit, never an entry: the
 * entries are values someone chose to ignore and may themselves be sensitive.
 */
public final class AllowListReader {

    public static final int MAX_LISTS_PER_KIND = 5;
    public static final int MAX_ENTRIES = 100_000;
    public static final int MAX_ENTRY_CHARS = 90;
    public static final long MAX_FILE_BYTES = 35L << 20;
    public static final int MAX_REGEX_CHARS = 512;

    private AllowListReader() {
    }

    /**
     * A predefined-text list: one entry per line, blank lines skipped, each 1 to {@value #MAX_ENTRY_CHARS} characters,
     * 1 to {@value #MAX_ENTRIES} entries, at most 35 MiB, UTF-8.
     *
     * @throws IllegalArgumentException naming the file, the line and the limit
     */
    public static List<String> words(Path file) {
        String text = read(file, "predefined-text allow list");
        List<String> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int chars = line.codePointCount(0, line.length());
            if (chars > MAX_ENTRY_CHARS) {
                throw new IllegalArgumentException("allow list " + file + " line " + lineNumber + " is " + chars
                        + " characters; each entry must be 1 to " + MAX_ENTRY_CHARS);
            }
            if (entries.size() == MAX_ENTRIES) {
                throw new IllegalArgumentException("allow list " + file + " has more than " + MAX_ENTRIES + " entries (Macie's limit)");
            }
            entries.add(line);
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("allow list " + file + " has no entries; it needs 1 to " + MAX_ENTRIES);
        }
        return entries;
    }

    /**
     * A regex list: one pattern (combine alternatives with {@code |}), 1 to {@value #MAX_REGEX_CHARS} characters, in
     * the same regex subset as custom identifiers.
     *
     * @throws IllegalArgumentException naming the file and the limit or the unsupported construct
     */
    public static String regex(Path file) {
        List<String> lines = read(file, "regex allow list").lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() != 1) {
            throw new IllegalArgumentException("regex allow list " + file + " must hold exactly one pattern on one line"
                    + " (combine alternatives with |); it has " + lines.size() + " non-blank lines");
        }
        String regex = lines.get(0);
        int chars = regex.codePointCount(0, regex.length());
        if (chars > MAX_REGEX_CHARS) {
            throw new IllegalArgumentException("regex allow list " + file + ": regex is " + chars + " characters; at most "
                    + MAX_REGEX_CHARS + " are allowed");
        }
        RegexSubset.check("regex allow list " + file, regex);
        return regex;
    }

    private static String read(Path file, String what) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(what + " " + file + " is " + size + " bytes; at most 35 MiB is allowed");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + " " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
