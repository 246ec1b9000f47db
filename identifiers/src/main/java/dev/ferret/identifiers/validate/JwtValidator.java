package dev.ferret.identifiers.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferret.identifiers.Validator;

import java.io.IOException;

/**
 * A JSON Web Token in JWS compact form (RFC 7519/7515): three base64url parts, the header a JSON object naming its
 * algorithm ({@code "alg"}); the signature may be empty (unsigned token).
 */
public final class JwtValidator implements Validator {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || Base64Text.decode(parts[1], true) == null || Base64Text.decode(parts[2], true) == null) {
            return false;
        }
        byte[] header = Base64Text.decode(parts[0], true);
        if (header == null) {
            return false;
        }
        try {
            JsonNode node = JSON.readTree(header);
            return node != null && node.isObject() && node.path("alg").isTextual();
        } catch (IOException notJson) {
            return false;
        }
    }
}
