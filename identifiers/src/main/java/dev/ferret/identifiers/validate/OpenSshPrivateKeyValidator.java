package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** An OpenSSH private key block whose base64 body starts with the format's magic {@code openssh-key-v1\0}. */
public final class OpenSshPrivateKeyValidator implements Validator {

    private static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private static final String END = "-----END OPENSSH PRIVATE KEY-----";
    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        if (!value.startsWith(BEGIN) || !value.endsWith(END)) {
            return false;
        }
        byte[] key = Base64Text.decode(value.substring(BEGIN.length(), value.length() - END.length()), false);
        return key != null && key.length > MAGIC.length
                && Arrays.equals(key, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }
}
