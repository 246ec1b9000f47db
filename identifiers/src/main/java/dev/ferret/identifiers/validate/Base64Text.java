package dev.ferret.identifiers.validate;

import java.util.Base64;

/** Decodes base64 as it appears in text: wrapped lines, indentation, and escaped {@code \n} inside string literals. */
final class Base64Text {

    private Base64Text() {
    }

    /** The decoded bytes, or {@code null} if {@code text} is not base64 once whitespace and escaped newlines are removed. */
    static byte[] decode(String text, boolean urlSafe) {
        String compact = text.replace("\\n", "").replace("\\r", "").replaceAll("\\s+", "");
        try {
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(compact);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
