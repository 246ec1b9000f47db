package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value assigned to a secret-sounding name ({@code password = …}, {@code "api_key": "…"}, {@code TOKEN=…}) that looks
 * generated rather than written by a programmer: at least 12 characters, at least two of lower case / upper case /
 * digits / other, entropy of at least {@code min(3, 0.8 log2 length)} bits per character, not a placeholder or
 * template, not code or a reference to configuration ({@code settings.API_KEY}, {@code get_password_from_env},
 * {@code self._tokens}, {@code load_key(path)}) and not a file path or URL. Names of attributes of a secret
 * ({@code access_key_id}, {@code token_url}) do not count, nor do values that another identifier reports (AWS secret
 * keys by their name; GitHub, GitLab, Slack, Stripe, Google, npm tokens and JWTs by their prefix), so that one secret
 * is reported once. Tuned on Python's standard library and packages, where almost every remaining hit is an example
 * token in documentation.
 */
public final class GenericSecretValidator implements Validator {

    static final int MIN_LENGTH = 12;

    /** Name, assignment operator and optional quotes, then the value. */
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z0-9_.-]*)[\"']?[ \\t]*(?::=|=>|[:=])[ \\t]*[\"']?(.+)");
    /** Names of things about a secret that are not the secret: access_key_id, token_url, password_file, secret_name, … */
    private static final Pattern NOT_SECRET_NAME = Pattern.compile(
            "(?i).*(?:id|url|uri|endpoint|file|path|type|name|length|len|count|size|expiry|expires|expiration|ttl"
                    + "|timeout|hint|header|format|field|prefix|policy|version)");
    /** Where the value is reported by its own identifier: AWS_CREDENTIALS (by keyword) and the vendor token formats. */
    private static final Pattern OWN_IDENTIFIER_NAME = Pattern.compile("(?i).*secret[_-]?access[_-]?key.*");
    private static final Pattern OWN_IDENTIFIER_VALUE = Pattern.compile(
            "(?:gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ptt|ft|soat|oas|cbt|imt|agent)-|xox[abeoprs]-|[srp]k_(?:live|test)_|AIza|npm_|eyJ).*");
    /** Words or numbers joined by dots or underscores: identifiers, property paths and environment variable names. */
    private static final Pattern WORDS = Pattern.compile("[._$]*(?:[A-Za-z]+|[0-9]+)(?:[._$-]+(?:[A-Za-z]+|[0-9]+))*");
    /** A dotted path of identifiers: {@code self._tokens}, {@code ed25519.Ed25519PrivateKey}. */
    private static final Pattern DOTTED_PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+");
    /** An absolute path of file-name characters only; a base64 secret that starts with '/' usually has '+' or '='. */
    private static final Pattern FILE_PATH = Pattern.compile("(?:/[A-Za-z0-9._-]+)+/?");
    private static final String[] PLACEHOLDER_PARTS = {"example", "your", "placeholder", "changeme", "sample", "dummy",
            "redacted", "secret", "password", "here", "todo", "fixme", "replace"};

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        Matcher m = ASSIGNMENT.matcher(value);
        return m.matches() && !NOT_SECRET_NAME.matcher(m.group(1)).matches() && !OWN_IDENTIFIER_NAME.matcher(m.group(1)).matches()
                && !OWN_IDENTIFIER_VALUE.matcher(m.group(2)).matches() && isSecretLike(m.group(2));
    }

    static boolean isSecretLike(String secret) {
        if (secret.length() < MIN_LENGTH || SecretText.characterClasses(secret) < 2 || !SecretText.looksRandom(secret)
                || looksLikeCode(secret) || looksLikePath(secret)) {
            return false;
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        for (String part : PLACEHOLDER_PARTS) {
            if (lower.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Code on the right of an assignment: a call (the pattern lets '(' into the value for this), a name or a path. */
    private static boolean looksLikeCode(String s) {
        return s.indexOf('(') >= 0 || WORDS.matcher(s).matches() || DOTTED_PATH.matcher(s).matches();
    }

    private static boolean looksLikePath(String s) {
        return s.startsWith("./") || s.startsWith("../") || s.startsWith("~/") || s.contains("://")
                || FILE_PATH.matcher(s).matches() && !hasGeneratedSegment(s);
    }

    /**
     * Whether a path-shaped value holds a segment no one would name a file or folder: 16 characters or more with upper
     * and lower case and digits, random-looking. A base64 secret that starts with '/' and happens to hold no '+' or
     * '=' ({@code /DjnOLxj32u-2sFp5tJAT9kES/d}) is path-shaped.
     */
    private static boolean hasGeneratedSegment(String path) {
        for (String segment : path.split("/")) {
            if (segment.length() >= 16 && segment.chars().anyMatch(Character::isUpperCase)
                    && segment.chars().anyMatch(Character::isLowerCase) && segment.chars().anyMatch(Character::isDigit)
                    && SecretText.looksRandom(segment)) {
                return true;
            }
        }
        return false;
    }
}
