package dev.ferret.cli;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.confirm.SegmentDetector;
import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.custom.CustomDataIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ferret test-identifier}: Macie's TestCustomDataIdentifier, with more to show. Runs a custom identifier over
 * the user's own sample text and prints the match count, then each match with its line and column and the text around
 * it, the match highlighted. This is the one command that prints matched text: the sample is the user's.
 */
@Command(name = "test-identifier",
        mixinStandardHelpOptions = true,
        description = "Tests a custom data identifier on sample text (a file or standard input) and shows every match "
                + "in its context, so a pattern can be refined in seconds.")
final class TestIdentifierCommand implements Callable<Integer> {

    /** Far beyond Macie's 1,000 characters, and still a sample. */
    static final int MAX_SAMPLE_BYTES = 10 << 20;
    private static final String ANSI_HIGHLIGHT = "\u001b[1;31m";
    private static final String ANSI_RESET = "\u001b[0m";

    @ParentCommand
    FerretCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Custom identifier definitions (JSON or YAML, as for scan --custom-identifiers); each is tested.")
    Path file;

    @Option(names = "--regex", paramLabel = "REGEX", description = "The pattern, when not using --file.")
    String regex;

    @Option(names = "--keyword", paramLabel = "WORD", description = "A keyword that must precede a match; repeatable.")
    List<String> keywords = List.of();

    @Option(names = "--ignore-word", paramLabel = "WORD", description = "Drop matches containing this (case-sensitive); repeatable.")
    List<String> ignoreWords = List.of();

    @Option(names = "--max-distance", paramLabel = "N",
            description = "Most characters from a keyword's end to a match's end (1-300, default 50).")
    Integer maxDistance;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "test", description = "Name shown in the output.")
    String name;

    @Option(names = "--sample", paramLabel = "FILE", description = "Sample text (UTF-8); standard input when absent.")
    Path sample;

    @Option(names = "--context", paramLabel = "N", defaultValue = "40",
            description = "Characters of context shown on each side of a match (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "AUTO",
            description = "Regex engine: AUTO (Hyperscan where available), HYPERSCAN or RE2J.")
    EngineChoice engine;

    @Override
    public Integer call() throws IOException {
        List<CustomDataIdentifier> identifiers = definitions();
        String text = sampleText();
        PrintWriter out = spec.commandLine().getOut();
        boolean ansi = parent.environment().interactive();
        SampleLines lines = new SampleLines(text);
        for (CustomDataIdentifier identifier : identifiers) {
            List<int[]> matches = matches(identifier, text);
            long candidates = identifier.keywords().isEmpty() && identifier.ignoreWords().isEmpty()
                    ? matches.size() : matches(withoutConditions(identifier), text).size();
            out.println(identifier.name() + ": " + matches.size() + (matches.size() == 1 ? " match" : " matches")
                    + dropped(identifier, candidates - matches.size()));
            for (int[] m : matches) {
                out.println("  " + lines.position(m[0]) + "  " + lines.context(m[0], m[1], context,
                        ansi ? ANSI_HIGHLIGHT : "[[", ansi ? ANSI_RESET : "]]"));
            }
        }
        out.flush();
        return 0;
    }

    private List<CustomDataIdentifier> definitions() {
        if ((file == null) == (regex == null)) {
            throw new UserError("give either --file or --regex (with --keyword, --ignore-word, --max-distance)");
        }
        try {
            if (file != null) {
                if (!keywords.isEmpty() || !ignoreWords.isEmpty() || maxDistance != null) {
                    throw new UserError("--keyword, --ignore-word and --max-distance go with --regex; with --file, the file defines them");
                }
                return JobIdentifiers.loadCustom(List.of(file));
            }
            return List.of(CustomDataIdentifier.of(name, null, regex, keywords, ignoreWords, maxDistance, null));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private String sampleText() throws IOException {
        try (InputStream in = sample == null ? parent.environment().stdin() : Files.newInputStream(sample)) {
            byte[] bytes = in.readNBytes(MAX_SAMPLE_BYTES + 1);
            if (bytes.length > MAX_SAMPLE_BYTES) {
                throw new UserError("the sample is larger than " + MAX_SAMPLE_BYTES + " bytes; test on a smaller piece");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("--sample file " + sample + " does not exist", e);
        }
    }

    private List<int[]> matches(CustomDataIdentifier identifier, String text) {
        List<int[]> found = new ArrayList<>();
        try (IdentifierSet set = IdentifierSet.compile(List.of(identifier.toDefinition()), engine);
             SegmentDetector detector = set.newDetector()) {
            TextSegment segment = TextSegment.whole(text, (start, end) -> new LineRange(1, 1, start + 1));
            detector.detect(segment, (def, seg, start, end) -> found.add(new int[] {start, end}));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        return found;
    }

    /** The same regex with no keywords and no ignore words: what the pattern alone finds. */
    private static CustomDataIdentifier withoutConditions(CustomDataIdentifier c) {
        return CustomDataIdentifier.of(c.name(), null, c.regex(), null, null, c.maximumMatchDistance(), null);
    }

    private static String dropped(CustomDataIdentifier identifier, long dropped) {
        if (dropped <= 0) {
            return "";
        }
        List<String> why = new ArrayList<>();
        if (!identifier.keywords().isEmpty()) {
            why.add("no keyword within " + identifier.maximumMatchDistance() + " characters before it");
        }
        if (!identifier.ignoreWords().isEmpty()) {
            why.add("an ignore word");
        }
        return " (the regex alone matches " + dropped + " more, dropped for " + String.join(" or ", why) + ")";
    }

    /** Line and column of offsets in the sample, and the text of a line around a span. */
    private static final class SampleLines {
        private final String text;
        private final int[] lineStarts;

        SampleLines(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private int lineIndex(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i : -i - 2;
        }

        /** {@code line:column}, both from 1, the column counted in characters as Macie's {@code startColumn}. */
        String position(int offset) {
            int line = lineIndex(offset);
            return (line + 1) + ":" + (offset - lineStarts[line] + 1);
        }

        String context(int start, int end, int width, String open, String close) {
            int lineStart = lineStarts[lineIndex(start)];
            int lastLine = lineIndex(Math.max(start, end - 1));
            int lineEnd = lastLine + 1 < lineStarts.length ? lineStarts[lastLine + 1] - 1 : text.length();
            int from = Math.max(lineStart, start - width);
            int to = Math.min(lineEnd, end + width);
            return (from > lineStart ? "…" : "") + oneLine(text.substring(from, start)) + open
                    + oneLine(text.substring(start, end)) + close + oneLine(text.substring(end, to))
                    + (to < lineEnd ? "…" : "");
        }

        private static String oneLine(String s) {
            return s.replace("\r", "").replace("\n", "⏎").replace("\t", " ");
        }
    }
}
