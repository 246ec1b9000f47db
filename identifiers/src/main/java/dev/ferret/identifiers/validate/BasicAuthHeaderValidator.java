package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP Basic {@code Authorization} or {@code Proxy-Authorization} header (RFC 7617) whose credentials are valid
 * base64 decoding to UTF-8 {@code user-id:password} text without control characters.
 */
public final class BasicAuthHeaderValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        int scheme = value.toLowerCase(Locale.ROOT).indexOf("basic");
        if (scheme < 0) {
            return false;
        }
        byte[] decoded = Base64Text.decode(value.substring(scheme + "basic".length()), false);
        if (decoded == null) {
            return false;
        }
        try {
            String credentials = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(decoded)).toString();
            int colon = credentials.indexOf(':');
            return colon >= 0 && credentials.length() > 1 && credentials.chars().noneMatch(Character::isISOControl);
        } catch (CharacterCodingException notText) {
            return false;
        }
    }
}
