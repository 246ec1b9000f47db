package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.List;

/**
 * A PuTTY private key file (headers in the order Macie documents) whose {@code Public-Lines} and {@code Private-Lines}
 * counts agree with the number of base64 lines that follow each of them.
 */
public final class PuttyPrivateKeyValidator implements Validator {

    private static final String PUBLIC_LINES = "Public-Lines: ";
    private static final String PRIVATE_LINES = "Private-Lines: ";
    private static final String PRIVATE_MAC = "Private-MAC: ";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        List<String> lines = value.lines().toList();
        int publicAt = indexOfPrefix(lines, PUBLIC_LINES, 0);
        int privateAt = indexOfPrefix(lines, PRIVATE_LINES, publicAt + 1);
        int macAt = indexOfPrefix(lines, PRIVATE_MAC, privateAt + 1);
        return publicAt >= 0 && privateAt > publicAt && macAt > privateAt
                && declaredCount(lines.get(publicAt), PUBLIC_LINES) == privateAt - publicAt - 1
                && declaredCount(lines.get(privateAt), PRIVATE_LINES) == macAt - privateAt - 1;
    }

    private static int indexOfPrefix(List<String> lines, String prefix, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int declaredCount(String line, String prefix) {
        return Integer.parseInt(line.substring(prefix.length()).strip()); // the pattern admits 1-3 digits only
    }
}
