package dev.ferret.core.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii 123-45-6789", "café 123", "日本語 ssn 123", "emoji 😀 then 😀😀 end",
            "mixé 😀 日 a\u00a0b"})
    void encodesLikeTheJdkAndMapsEveryCharBoundary(String text) {
        Utf8Text utf8 = new Utf8Text();
        utf8.encode(text);
        byte[] expected = text.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, Arrays.copyOf(utf8.bytes(), utf8.length()), text);
        for (int c = 0; c <= text.length(); c++) {
            if (c < text.length() && Character.isLowSurrogate(text.charAt(c))) {
                continue; // not a code point boundary
            }
            int byteOffset = text.substring(0, c).getBytes(StandardCharsets.UTF_8).length;
            assertEquals(c, utf8.charOffset(byteOffset), "char " + c + " of '" + text + "'");
        }
    }

    @Test
    void mapsMultiByteCharsToTheirCharOffsets() {
        Utf8Text utf8 = new Utf8Text();
        utf8.encode("é😀x"); // bytes: C3 A9 | F0 9F 98 80 | 78
        assertEquals(7, utf8.length());
        assertEquals(0, utf8.charOffset(0));
        assertEquals(1, utf8.charOffset(2));
        assertEquals(3, utf8.charOffset(6)); // after the surrogate pair: two chars
        assertEquals(4, utf8.charOffset(7));
    }

    @Test
    void encodesAnUnpairedSurrogateAsTheReplacementChar() {
        Utf8Text utf8 = new Utf8Text();
        utf8.encode("a\ud800b");
        assertArrayEquals(new byte[] {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, 'b'}, Arrays.copyOf(utf8.bytes(), utf8.length()));
        assertEquals(2, utf8.charOffset(4));
        assertEquals(3, utf8.charOffset(5));
    }

    @Test
    void reusesItsBuffersWithoutLeakingThePreviousText() {
        Utf8Text utf8 = new Utf8Text();
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                sb.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? 0xE0 + random.nextInt(20)
                        : kind < 9 ? 0x4E00 + random.nextInt(500) : 0x1F600 + random.nextInt(50));
            }
            String text = sb.toString();
            utf8.encode(text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(utf8.bytes(), utf8.length()),
                    "round " + round + " (seed 11)");
            assertEquals(text.length(), utf8.charOffset(utf8.length()), "round " + round + " (seed 11)");
        }
    }
}
