package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A database or message-broker URL {@code scheme://user:password@host} whose password is a real one, not a placeholder
 * ({@code password}, {@code ***}, {@code ${DB_PASSWORD}}, {@code <password>}, …) and not the user name repeated. The
 * user may be empty, as in Redis URLs ({@code redis://:secret@host}).
 */
public final class DatabaseUrlPasswordValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        int authority = value.indexOf("://");
        int at = value.lastIndexOf('@');
        if (authority < 0 || at < authority) {
            return false;
        }
        String userInfo = value.substring(authority + 3, at);
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String user = userInfo.substring(0, colon);
        String password = userInfo.substring(colon + 1);
        return !password.equals(user) && !SecretText.isPlaceholder(password);
    }
}
