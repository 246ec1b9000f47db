package dev.ferret.identifiers.allow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowListsTest {

    @TempDir
    Path dir;

    @Test
    void textEntriesMatchTheWholeValueIgnoringCase() {
        AllowLists lists = AllowLists.of(List.of(List.of("Jane Doe", "123-45-6789")), List.of());
        assertTrue(lists.allows("jane doe"));
        assertTrue(lists.allows("JANE DOE"));
        assertTrue(lists.allows("123-45-6789"));
        assertFalse(lists.allows("Jane Doe Smith"), "a partial value is not allow-listed");
        assertFalse(lists.allows("Jane"), "an entry must equal the whole match");
        assertFalse(lists.allows("123-45-678"));
    }

    @Test
    void regexMustMatchCompletely() {
        AllowLists lists = AllowLists.of(List.of(), List.of("[a-z]+@example\\.com|999-\\d\\d-\\d{4}"));
        assertTrue(lists.allows("ann@example.com"));
        assertTrue(lists.allows("999-12-3456"));
        assertFalse(lists.allows("ann@example.com.evil.org"), "a regex that matches only part does not allow-list");
        assertFalse(lists.allows("x999-12-3456"));
        assertFalse(lists.allows("ANN@EXAMPLE.COM"), "regexes are case-sensitive unless they say (?i)");
    }

    @Test
    void atMostFiveListsOfEachKind() {
        List<List<String>> six = Collections.nCopies(6, List.of("a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AllowLists.of(six, List.of()));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AllowLists.of(List.of(), Collections.nCopies(6, "a")));
        assertFalse(AllowLists.of(Collections.nCopies(5, List.of("a")), Collections.nCopies(5, "a")).isEmpty());
    }

    @Test
    void wordListSkipsBlankLinesAndKeepsEntriesVerbatim() throws IOException {
        Path file = Files.writeString(dir.resolve("list.txt"), "first entry\r\n\n   \nsecond\n");
        assertEquals(List.of("first entry", "second"), AllowListReader.words(file));
    }

    @Test
    void wordListLimitsNameFileLineAndLimitButNeverTheEntry() throws IOException {
        String secret = "s".repeat(91);
        Path longEntry = Files.writeString(dir.resolve("long.txt"), "ok\n\n" + secret + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AllowListReader.words(longEntry));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("90"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), "the entry is not quoted");

        Path tooMany = Files.writeString(dir.resolve("many.txt"),
                IntStream.rangeClosed(0, 100_000).mapToObj(Integer::toString).collect(Collectors.joining("\n")));
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> AllowListReader.words(tooMany));
        assertTrue(many.getMessage().contains("100000"), many.getMessage());

        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n \n");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> AllowListReader.words(empty));
        assertTrue(none.getMessage().contains("no entries"), none.getMessage());

        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((35L << 20) + 1); // sparse: the size is checked before anything is read
        }
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> AllowListReader.words(big));
        assertTrue(size.getMessage().contains("35 MiB"), size.getMessage());

        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        IllegalArgumentException encoding = assertThrows(IllegalArgumentException.class, () -> AllowListReader.words(latin1));
        assertTrue(encoding.getMessage().contains("UTF-8"), encoding.getMessage());
    }

    @Test
    void regexListHoldsOneSupportedPatternOfAtMost512Characters() throws IOException {
        assertEquals("\\d{3}-00-\\d{4}", AllowListReader.regex(Files.writeString(dir.resolve("ok.txt"), "\n\\d{3}-00-\\d{4}\n")));
        Path two = Files.writeString(dir.resolve("two.txt"), "a\nb\n");
        IllegalArgumentException lines = assertThrows(IllegalArgumentException.class, () -> AllowListReader.regex(two));
        assertTrue(lines.getMessage().contains("exactly one pattern"), lines.getMessage());
        Path longRegex = Files.writeString(dir.resolve("long.txt"), "a".repeat(513));
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> AllowListReader.regex(longRegex));
        assertTrue(length.getMessage().contains("512"), length.getMessage());
        Path lookahead = Files.writeString(dir.resolve("look.txt"), "a(?=b)");
        IllegalArgumentException construct = assertThrows(IllegalArgumentException.class, () -> AllowListReader.regex(lookahead));
        assertTrue(construct.getMessage().contains("lookahead"), construct.getMessage());
    }
}
