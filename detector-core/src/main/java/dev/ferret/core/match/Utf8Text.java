package dev.ferret.core.match;

import java.util.Arrays;

/**
 * The text being scanned, encoded as UTF-8 into a buffer that is reused from one scan to the next, with the map from
 * byte offsets back to {@code char} offsets. While the text is ASCII a byte offset is a char offset, so the map is
 * only filled from the first non-ASCII char on. An unpaired surrogate is encoded as U+FFFD, so the bytes are always
 * valid UTF-8 (Hyperscan's UTF-8 mode requires it).
 */
final class Utf8Text {

    private byte[] bytes = new byte[1024];
    /** {@code charOffset[b]} for byte offsets {@code b >= asciiPrefix}; a continuation byte maps to its char's start. */
    private int[] charOffset = new int[0];
    private int length;
    private int asciiPrefix;

    /** The longest text whose UTF-8 form is sure to fit in an array (3 bytes per char at most). */
    static final int MAX_CHARS = (Integer.MAX_VALUE - 16) / 3;

    void encode(String text) {
        int n = text.length();
        if (n > MAX_CHARS) {
            throw new IllegalArgumentException("text of " + n + " chars is too long to encode");
        }
        ensureBytes(n);
        byte[] b = bytes;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[i++] = (byte) c;
        }
        asciiPrefix = i;
        length = i == n ? n : encodeRest(text, i);
    }

    private int encodeRest(String text, int from) {
        int n = text.length();
        int capacity = from + (n - from) * 3;
        ensureBytes(capacity);
        if (charOffset.length < capacity + 1) {
            charOffset = new int[Math.max(capacity + 1, charOffset.length * 2)];
        }
        byte[] b = bytes;
        int[] map = charOffset;
        int j = from;
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                map[j] = i;
                b[j++] = (byte) c;
                i++;
                continue;
            }
            int cp = c;
            int chars = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                chars = 2;
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
            int start = j;
            if (cp < 0x800) {
                b[j++] = (byte) (0xC0 | cp >> 6);
            } else if (cp < 0x10000) {
                b[j++] = (byte) (0xE0 | cp >> 12);
                b[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
            } else {
                b[j++] = (byte) (0xF0 | cp >> 18);
                b[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
            }
            b[j++] = (byte) (0x80 | cp & 0x3F);
            Arrays.fill(map, start, j, i);
            i += chars;
        }
        map[j] = n;
        return j;
    }

    private void ensureBytes(int capacity) {
        if (bytes.length < capacity) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, Math.min(bytes.length * 2, Integer.MAX_VALUE - 16)));
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The char offset of a byte offset in {@code [0, length()]} that falls on a char boundary. */
    int charOffset(int byteOffset) {
        return byteOffset <= asciiPrefix ? byteOffset : charOffset[byteOffset];
    }
}
