package dev.ferret.core.match;

import org.bytedeco.javacpp.BytePointer;

/**
 * The last text a thread handed to Hyperscan, as UTF-8 in native memory with its byte-to-char map, shared by the
 * thread's scanners: detection scans each segment with several pattern sets (the first pass, then the armed groups),
 * and encoding it once instead of once per set saves about 1 ms per MiB per set. Texts are matched by identity, which
 * is safe because strings are immutable. The native buffer lives as long as the thread (it grows to the longest
 * segment scanned, which extraction bounds).
 */
final class EncodedText {

    private static final ThreadLocal<EncodedText> CURRENT = ThreadLocal.withInitial(EncodedText::new);

    private final Utf8Text utf8 = new Utf8Text();
    private BytePointer buffer;
    private String source;

    private EncodedText() {
    }

    /** The calling thread's encoding of {@code text}, encoded now unless it was the thread's last text. */
    static EncodedText of(String text) {
        EncodedText encoded = CURRENT.get();
        if (encoded.source != text) {
            encoded.encode(text);
        }
        return encoded;
    }

    private void encode(String text) {
        source = null; // a failure below must not leave the old bytes standing for the new text
        utf8.encode(text);
        int length = utf8.length();
        if (buffer == null || buffer.capacity() < length) {
            long capacity = Math.max(length, buffer == null ? 4096 : Math.min(buffer.capacity() * 2, Integer.MAX_VALUE));
            if (buffer != null) {
                buffer.close();
            }
            buffer = new BytePointer(capacity);
        }
        buffer.put(utf8.bytes(), 0, length);
        source = text;
    }

    BytePointer buffer() {
        return buffer;
    }

    int length() {
        return utf8.length();
    }

    int charOffset(int byteOffset) {
        return utf8.charOffset(byteOffset);
    }
}
