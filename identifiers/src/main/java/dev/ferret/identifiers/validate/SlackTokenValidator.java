package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A Slack token ({@code xoxb-<team>-<bot>-<secret>}, {@code xoxp-<team>-<user>-<app>-<secret>}, …) whose last part, the
 * secret, looks generated. The numeric team, user and app parts are IDs, not secrets: judged with them, a made-up
 * secret looks random ({@code xoxb-896443886134-7623290183261-I9nI9nI9nI9nI9nI9nI9nI9n}) and a real token whose ID
 * holds six equal digits looks like a placeholder.
 */
public final class SlackTokenValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return SecretText.looksRandom(value.substring(value.lastIndexOf('-') + 1));
    }
}
