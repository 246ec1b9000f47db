package dev.ferret.core.match;

import java.util.Arrays;

/**
 * The text being scanned, encoded as UTF-8 into a buffer that is reused from one scan to the next, with the map from
 * byte offsets back to {@code char} offsets. Between two non-ASCII chars a byte is a char, so the map only records,
 * after each non-ASCII char, where it ends in bytes and in chars; a look-up is a binary search over those marks, and an
 * all-ASCII text has none. An unpaired surrogate is encoded as U+FFFD, so the bytes are always valid UTF-8 (Hyperscan's
 * UTF-8 mode requires it).
 */
final class Utf8Text {

    /** The longest text whose UTF-8 form is sure to fit in an array (3 bytes per char at most). */
    static final int MAX_CHARS = (Integer.MAX_VALUE - 16) / 3;

    private byte[] bytes = new byte[1024];
    private int length;
    /** After the k-th non-ASCII char: its end as a byte offset and as a char offset. */
    private int[] markByte = new int[64];
    private int[] markChar = new int[64];
    private int marks;

    void encode(String text) {
        int n = text.length();
        if (n > MAX_CHARS) {
            throw new IllegalArgumentException("text of " + n + " chars is too long to encode");
        }
        ensureBytes(n);
        marks = 0;
        byte[] b = bytes;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[i++] = (byte) c;
        }
        length = i == n ? n : encodeRest(text, i);
    }

    private int encodeRest(String text, int from) {
        int n = text.length();
        ensureBytes(from + (n - from) * 3);
        byte[] b = bytes;
        int j = from;
        int i = from;
        while (i < n) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                b[j++] = (byte) c;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
                cp = Character.toCodePoint(c, text.charAt(i++));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
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
            mark(j, i);
        }
        return j;
    }

    private void mark(int byteOffset, int charOffset) {
        if (marks == markByte.length) {
            markByte = Arrays.copyOf(markByte, marks * 2);
            markChar = Arrays.copyOf(markChar, marks * 2);
        }
        markByte[marks] = byteOffset;
        markChar[marks] = charOffset;
        marks++;
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
        int m = Arrays.binarySearch(markByte, 0, marks, byteOffset);
        if (m >= 0) {
            return markChar[m];
        }
        int before = -m - 2; // the last mark below byteOffset
        return before < 0 ? byteOffset : markChar[before] + byteOffset - markByte[before];
    }
}
