package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static dev.ferret.identifiers.validate.RandomDigits.BASE_SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The credential validators over seeded random secrets (accepted) and the placeholders people write instead (rejected). */
class SecretValidatorsTest {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Validator GENERIC = new GenericSecretValidator();
    private static final Validator DATABASE_URL = new DatabaseUrlPasswordValidator();

    private static String random(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void entropyIsShannonsInBitsPerCharacter() {
        assertEquals(0.0, SecretText.entropy("aaaaaaaa"), 1e-9);
        assertEquals(1.0, SecretText.entropy("abababab"), 1e-9);
        assertEquals(2.0, SecretText.entropy("abcdabcd"), 1e-9);
        assertEquals(3.0, SecretText.entropy("abcdefgh"), 1e-9);
    }

    @RepeatedTest(200)
    void generatedSecretsAreAcceptedInEveryAssignmentForm(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String secret = random(random, BASE62 + "+/!@#%^&*", 16 + random.nextInt(48));
        for (String form : new String[]{"password = " + secret, "api_key: " + secret, "secret\": \"" + secret,
                "TOKEN=" + secret, "auth_key := " + secret, "credentials => '" + secret}) {
            assertTrue(GENERIC.isValid(form, false), "seed " + seed + ": " + form);
        }
        assertTrue(DATABASE_URL.isValid("postgres://app:" + secret.replace("/", "") + "@db.internal", false), "seed " + seed);
    }

    @RepeatedTest(100)
    void lowEntropyOrSingleClassValuesAreRejected(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String lowerOnly = random(random, "abcdefghijklmnopqrstuvwxyz", 12 + random.nextInt(30));
        String digitsOnly = random(random, "0123456789", 12 + random.nextInt(30));
        String twoSymbols = random(random, "a1", 12 + random.nextInt(30));
        String repeated = random(random, BASE62, 6) + "0".repeat(6) + random(random, BASE62, 6);
        for (String value : new String[]{lowerOnly, digitsOnly, twoSymbols, repeated}) {
            assertFalse(GENERIC.isValid("password = " + value, false), "seed " + seed + ": " + value);
        }
    }

    @RepeatedTest(50)
    void shortValuesAreRejected(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String value = random(random, BASE62, GenericSecretValidator.MIN_LENGTH - 1);
        assertFalse(GENERIC.isValid("token=" + value, false), "seed " + seed + ": " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password = ${DB_PASSWORD_2024}", "token: {{ vault_token_2024 }}", "api_key = settings.API_KEY_2024",
            "secret = os.environ.SECRET_KEY", "password = get_password_from_env()", "token = <your-token-2024>",
            "password = YOUR_PASSWORD_HERE_1", "password = changeme123456", "secret_path = /run/secrets/db_password1",
            "token_url = https://auth.example.org/oauth2/token", "password = **************", "api_key = xxxxxxxxxxxx1234",
            "password = example-password-1", "access_key_id = AKIAVDFXVMQ7IM2EYIG7", "client_id: 9f8e7d6c5b4a39281706",
            "aws_secret_access_key = 4V1UxhsWfR+goHzf/4wo4apCp7CPTh9lKyHTBn8v", "TOKEN=ghp_DZPjN0MEQ7wjJJibaZUPgHV7iB3m03nbqnsG",
            "token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"})
    void placeholdersReferencesAndOtherIdentifiersSecretsAreRejected(String assignment) {
        assertFalse(GENERIC.isValid(assignment, false), assignment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://user:password@localhost", "mysql://root:${MYSQL_ROOT_PASSWORD}@db", "amqp://guest:****@mq",
            "redis://:changeme@cache", "postgres://app:app@db", "mongodb://svc:$PASSWORD@mongo", "postgres://app:%s@db",
            "postgres://app:xxxxxxxx@db", "postgres://app@db"})
    void databaseUrlPlaceholdersAreRejected(String url) {
        assertFalse(DATABASE_URL.isValid(url, false), url);
    }

    @RepeatedTest(50)
    void vendorTokensPassUnlessMaskedOrPublished(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Validator token = new RandomTokenValidator(java.util.Set.of("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        String body = random(random, BASE62, 36);
        assertTrue(token.isValid("ghp_" + body, false), "seed " + seed + ": ghp_" + body);
        assertFalse(token.isValid("ghp_" + body.substring(0, 10) + "x".repeat(26), false), "seed " + seed);
        assertFalse(token.isValid("sk_test_4eC39HqLyjWDarjtT1zdp7dc", false));
    }

    @RepeatedTest(50)
    void slackTokensNeedARandomSecretPartWhateverTheirIds(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Validator slack = new SlackTokenValidator();
        String ids = "xoxb-" + random(random, "0123456789", 12) + "-" + random(random, "0123456789", 13) + "-";
        String secret = random(random, BASE62, 24);
        String repeatedUnit = random(random, BASE62, 3).repeat(8);
        assertTrue(slack.isValid(ids + secret, false), "seed " + seed + ": " + ids + secret);
        assertFalse(slack.isValid(ids + repeatedUnit, false), "seed " + seed + ": " + ids + repeatedUnit);
        assertFalse(slack.isValid(ids + "x".repeat(24), false), "seed " + seed);
        assertTrue(slack.isValid("xoxb-957355555556-1089477583668-" + secret, false), "seed " + seed + ": six equal ID digits");
    }

    @RepeatedTest(50)
    void base64SecretsShapedLikeAPathAreSecretsButRealPathsAreNot(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String segment;
        do {
            segment = random(random, BASE62, 20 + random.nextInt(20));
        } while (segment.chars().noneMatch(Character::isUpperCase) || segment.chars().noneMatch(Character::isLowerCase)
                || segment.chars().noneMatch(Character::isDigit));
        String secret = "/" + segment.substring(0, 16) + "/" + segment.substring(16);
        assertTrue(GENERIC.isValid("password = " + secret, false), "seed " + seed + ": " + secret);
        String path = "/" + random(random, "abcdefghijklmnopqrstuvwxyz", 3 + random.nextInt(8)) + "/lib/"
                + random(random, "abcdefghijklmnopqrstuvwxyz0123456789_-", 6 + random.nextInt(20)) + "/key.pem";
        assertFalse(GENERIC.isValid("password = " + path, false), "seed " + seed + ": " + path);
    }
}
