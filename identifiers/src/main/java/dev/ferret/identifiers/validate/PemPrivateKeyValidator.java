package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEM private key block: the END label names the same key type as the BEGIN label (the candidate pattern cannot
 * say so without a backreference), and the body decodes as base64 to a DER SEQUENCE (first byte 0x30); for a legacy
 * encrypted key the {@code Proc-Type}/{@code DEK-Info} headers are skipped and the body is only checked to be base64.
 */
public final class PemPrivateKeyValidator implements Validator {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----(.*)-----END ([A-Z ]*)PRIVATE KEY-----", Pattern.DOTALL);
    private static final Pattern LEGACY_HEADERS = Pattern.compile(
            "^(?:\\s|\\\\n)*Proc-Type:[^\\n\\\\]*(?:\\n|\\\\n)DEK-Info:[^\\n\\\\]*(?:\\n|\\\\n)", Pattern.DOTALL);

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        Matcher m = BLOCK.matcher(value);
        if (!m.matches() || !m.group(1).equals(m.group(3))) {
            return false;
        }
        Matcher headers = LEGACY_HEADERS.matcher(m.group(2));
        boolean legacyEncrypted = headers.find();
        byte[] der = Base64Text.decode(legacyEncrypted ? m.group(2).substring(headers.end()) : m.group(2), false);
        return der != null && der.length > 0 && (legacyEncrypted || der[0] == 0x30);
    }
}
