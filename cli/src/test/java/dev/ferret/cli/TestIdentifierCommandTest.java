package dev.ferret.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestIdentifierCommandTest {

    @TempDir
    Path dir;

    private static Cli.Run withStdin(String sample, String... args) {
        return Cli.run(Map.of(), new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)), args);
    }

    @Test
    void printsTheCountThenEachMatchWithLineColumnAndHighlightedContext() {
        String sample = "header line\nemployee EMP-123456 joined\nlater: employee id EMP-654321, and EMP-000000 alone\n";
        Cli.Run run = withStdin(sample, "test-identifier", "--regex", "EMP-[0-9]{6}", "--keyword", "employee",
                "--max-distance", "20", "--name", "EmployeeIDs");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "EmployeeIDs: 2 matches (the regex alone matches 1 more, dropped for no keyword within 20 characters before it)",
                "  2:10  employee [[EMP-123456]] joined",
                "  3:20  later: employee id [[EMP-654321]], and EMP-000000 alone"), run.out().lines().toList());
    }

    @Test
    void contextIsCutToTheLineAndTheWidth() {
        Cli.Run run = withStdin("x".repeat(60) + "B12345" + "y".repeat(60), "test-identifier", "--regex", "B[0-9]{5}",
                "--context", "5");
        assertEquals(List.of("test: 1 match", "  1:61  …xxxxx[[B12345]]yyyyy…"), run.out().lines().toList());
    }

    @Test
    void ignoreWordsAndDefinitionFilesWork() throws IOException {
        Path defs = Files.writeString(dir.resolve("ids.yaml"), """
                - name: Codes
                  regex: "[A-Z]{4}-[0-9]{4}"
                  ignoreWords: [TEST]
                - name: Badges
                  regex: "B[0-9]{5}"
                """);
        Path sample = Files.writeString(dir.resolve("sample.txt"), "TEST-0001 ABCD-0002\nB12345\n");
        Cli.Run run = Cli.run("test-identifier", "--file", defs.toString(), "--sample", sample.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "Codes: 1 match (the regex alone matches 1 more, dropped for an ignore word)",
                "  1:11  TEST-0001 [[ABCD-0002]]",
                "Badges: 1 match",
                "  2:1  [[B12345]]"), run.out().lines().toList());
    }

    @Test
    void aTerminalGetsAnsiHighlighting() {
        Cli.Run run = Cli.run(new FerretCommand.Environment(Map.of(),
                new ByteArrayInputStream("id B12345".getBytes(StandardCharsets.UTF_8)), true),
                "test-identifier", "--regex", "B[0-9]{5}");
        assertTrue(run.out().contains("id \u001b[1;31mB12345\u001b[0m"), run.out());
    }

    @Test
    void badDefinitionsAreOneLineErrors() {
        Cli.Run capturing = withStdin("x", "test-identifier", "--regex", "(EMP)-[0-9]+");
        assertEquals(2, capturing.exit());
        assertTrue(capturing.err().contains("capturing group"), capturing.err());
        assertEquals(1, capturing.err().lines().count(), capturing.err());
        Cli.Run distance = withStdin("x", "test-identifier", "--regex", "a", "--max-distance", "301");
        assertTrue(distance.err().contains("maximumMatchDistance is 301; it must be 1 to 300"), distance.err());
        Cli.Run neither = withStdin("x", "test-identifier");
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("--file or --regex"), neither.err());
    }
}
