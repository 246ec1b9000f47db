package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM-style private keys that {@code PKCS} and {@code OPENSSH_PRIVATE_KEY} do not report: a {@code -----BEGIN X PRIVATE
 * KEY-----} block with any other label (the END label the same, the body base64), and the SSH.com / Tectia
 * {@code ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----} block, whose body starts with that format's magic number.
 */
public final class OtherPemPrivateKeyValidator implements Validator {

    /** Labels (before {@code PRIVATE KEY}) that the PKCS and OPENSSH_PRIVATE_KEY identifiers already report. */
    private static final Set<String> COVERED = Set.of("", "RSA ", "EC ", "DSA ", "ENCRYPTED ", "OPENSSH ");
    private static final int SSH_COM_MAGIC = 0x3f6ff9eb;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 -]*)PRIVATE KEY-----(.*)-----END ([A-Z0-9 -]*)PRIVATE KEY-----", Pattern.DOTALL);
    private static final Pattern SSH2 = Pattern.compile(
            "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:\\r?\\n|\\\\n)((?:[A-Za-z-]+: [^\\r\\n\\\\]*(?:\\r?\\n|\\\\n))*)"
                    + "(.*)---- END SSH2 ENCRYPTED PRIVATE KEY ----", Pattern.DOTALL);

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        Matcher pem = PEM.matcher(value);
        if (pem.matches()) {
            byte[] body = Base64Text.decode(pem.group(2), false);
            return pem.group(1).equals(pem.group(3)) && !COVERED.contains(pem.group(1)) && body != null && body.length >= 16;
        }
        Matcher ssh2 = SSH2.matcher(value);
        if (ssh2.matches()) {
            byte[] body = Base64Text.decode(ssh2.group(2), false);
            return body != null && body.length >= 8 && ByteBuffer.wrap(body).getInt() == SSH_COM_MAGIC;
        }
        return false;
    }
}
