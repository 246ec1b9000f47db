package dev.ferret.core.extract.text;

import org.apache.commons.io.input.CloseShieldInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of text from its first bytes: a BOM; UTF-16 without BOM from the pattern of NUL bytes; UTF-8 when
 * the bytes are valid UTF-8; windows-1252 otherwise. Input whose first bytes look binary (NULs, control chars) is
 * reported as such. Undecodable bytes later in the stream become U+FFFD rather than an error.
 */
public final class TextEncoding {

    /** How many bytes are examined. */
    static final int SNIFF_BYTES = 64 << 10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Charset charset;
    private final int bomLength;

    private TextEncoding(Charset charset, int bomLength) {
        this.charset = charset;
        this.bomLength = bomLength;
    }

    public Charset charset() {
        return charset;
    }

    /** The encoding of {@code in} (which must support mark/reset), or {@code null} when it looks binary. */
    public static TextEncoding sniff(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return sniff(head, head.length);
    }

    static TextEncoding sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        int evenNuls = 0;
        int oddNuls = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                if ((i & 1) == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            } else if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x1B) {
                controls++;
            }
        }
        int pairs = n / 2;
        if (pairs > 0 && controls * 20 < n) {
            // ASCII-range text in UTF-16 puts a NUL in nearly every other byte, on one side only
            if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 < pairs) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 0);
            }
            if (evenNuls * 10 >= pairs * 7 && oddNuls * 10 < pairs) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 0);
            }
        }
        if (evenNuls + oddNuls > 0 || controls * 20 > n) {
            return null;
        }
        return new TextEncoding(isUtf8(b, n) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** Valid UTF-8, allowing a sequence cut by the end of the sample. */
    private static boolean isUtf8(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int v = b[i] & 0xFF;
            int more;
            if (v < 0x80) {
                i++;
                continue;
            } else if (v >= 0xC2 && v <= 0xDF) {
                more = 1;
            } else if (v >= 0xE0 && v <= 0xEF) {
                more = 2;
            } else if (v >= 0xF0 && v <= 0xF4) {
                more = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= n) {
                    return true;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /**
     * A reader over {@code in} (positioned where {@link #sniff} left it) that skips the BOM and replaces bad bytes.
     * Closing the reader leaves {@code in} open: it belongs to the caller.
     */
    public Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(CloseShieldInputStream.wrap(in), decoder);
    }

    /** Wraps {@code in} so that it supports mark/reset over the sniffed bytes. */
    public static InputStream markable(InputStream in) {
        return in.markSupported() ? in : new BufferedInputStream(in, SNIFF_BYTES);
    }
}
