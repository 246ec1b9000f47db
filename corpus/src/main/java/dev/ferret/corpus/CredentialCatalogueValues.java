package dev.ferret.corpus;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static dev.ferret.corpus.RandomText.chars;
import static dev.ferret.corpus.RandomText.digits;

/**
 * Corpus values for the catalogue's credentials with a validator: vendor tokens, webhook URLs, connection strings,
 * database URLs and secrets assigned to secret-sounding names. Near misses are what people write where a credential
 * would go: placeholders, low-entropy fill, published example keys, a wrong prefix or host. A wrong prefix with a
 * random body is used only where no label names a secret: next to {@code TOKEN:} a random value is a real
 * GENERIC_SECRET_ASSIGNMENT.
 */
final class CredentialCatalogueValues {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String URL_SAFE = BASE62 + "_-";
    private static final String UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Characters of a generated password: no quote, space, '#', '.', '@' or '(' (they end or change the value). */
    private static final String PASSWORD = BASE62 + "!%^*_-+/=~";
    private static final String[] GITHUB_PREFIXES = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"};
    private static final String[] GITLAB_PREFIXES = {"glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-"};
    private static final String[] STRIPE_PREFIXES = {"sk_live_", "rk_live_", "pk_live_", "sk_test_", "pk_test_"};
    /** Stripe's documented test keys, which Macie never reports. */
    private static final String[] STRIPE_EXAMPLES = {"sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx"};
    /** The Azurite / Storage Emulator account, whose key Microsoft publishes. */
    private static final String AZURE_EMULATOR = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="
            + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static final String[] DB_SCHEMES = {"postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv",
            "redis", "rediss", "amqp", "amqps", "jdbc:postgresql", "jdbc:mysql", "sqlserver", "clickhouse", "neo4j"};
    private static final String[] DB_USERS = {"app", "svc_billing", "reporting", "admin_ro", "etl", "api"};
    private static final String[] DB_HOSTS = {"db.internal", "pg-primary.prod.svc", "cache-01.prod", "mysql.billing.svc",
            "cluster0.ab1cd.mongodb.net", "rabbitmq", "db", "10.20.4.17"};
    /** Hosts without a dot, so that a near miss's {@code password@host} cannot pass for an e-mail address. */
    private static final String[] LOCAL_HOSTS = {"localhost", "db", "rabbitmq", "postgres", "cache"};
    private static final String[] DB_PLACEHOLDERS = {"password", "changeme", "****", "${DB_PASSWORD}", "<password>",
            "%s", "{{db_password}}", "xxxxxxxx"};
    private static final String[] SECRET_NAMES = {"password", "db_password", "DB_PASSWORD", "passwd", "pwd",
            "client_secret", "SECRET_KEY", "api_key", "apiKey", "access_key", "auth_key", "private_key", "token",
            "refresh_token", "credentials"};
    /** Where configuration files put {@code name} and value. */
    private static final String[] ASSIGNMENTS = {"%s = \"%s\"", "%s=%s", "\"%s\": \"%s\"", "%s: %s", "%s := \"%s\"",
            "'%s' => '%s'"};

    private CredentialCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        return List.of(
                new CatalogueValues("GCP_API_KEY", List.of("GCP api key", "GCP key", "google cloud key", "GOOGLEKEY",
                        "G_PLACES_KEY"), true, CredentialCatalogueValues::gcpKey, CredentialCatalogueValues::gcpNearMiss),
                new CatalogueValues("GITHUB_TOKEN", List.of("GITHUB_TOKEN", "GH_TOKEN", "GitHub PAT"), false,
                        CredentialCatalogueValues::githubToken,
                        rnd -> filler(rnd, GITHUB_PREFIXES[rnd.nextInt(GITHUB_PREFIXES.length)], 36)),
                new CatalogueValues("GITLAB_TOKEN", List.of("GITLAB_TOKEN", "PRIVATE-TOKEN", "gitlab deploy token"),
                        false, rnd -> GITLAB_PREFIXES[rnd.nextInt(GITLAB_PREFIXES.length)] + chars(rnd, URL_SAFE, 20),
                        rnd -> filler(rnd, "glpat-", 20)),
                new CatalogueValues("NPM_TOKEN", List.of("NPM_TOKEN", "NODE_AUTH_TOKEN", "npm publish token"), false,
                        rnd -> checksummed("npm_", chars(rnd, BASE62, 30)), rnd -> filler(rnd, "npm_", 36)),
                new CatalogueValues("SLACK_TOKEN", List.of("SLACK_BOT_TOKEN", "slack token", "SLACK_USER_TOKEN"), false,
                        CredentialCatalogueValues::slackToken, CredentialCatalogueValues::slackNearMiss),
                new CatalogueValues("SLACK_WEBHOOK_URL", List.of("SLACK_WEBHOOK_URL", "slack webhook", "incoming webhook"),
                        false, rnd -> slackWebhook(rnd, "https://hooks.slack.com/", chars(rnd, BASE62, 24)),
                        CredentialCatalogueValues::slackWebhookNearMiss),
                new CatalogueValues("STRIPE_CREDENTIALS", List.of("STRIPE_SECRET_KEY", "stripe key", "STRIPE_API_KEY"),
                        false, CredentialCatalogueValues::stripeKey, CredentialCatalogueValues::stripeNearMiss),
                new CatalogueValues("AZURE_STORAGE_CONNECTION_STRING", List.of("AZURE_STORAGE_CONNECTION_STRING",
                        "storage connection string", "AzureWebJobsStorage"), false,
                        CredentialCatalogueValues::azureConnectionString, CredentialCatalogueValues::azureNearMiss),
                new CatalogueValues("DATABASE_URL_WITH_PASSWORD", List.of("DATABASE_URL", "REDIS_URL",
                        "SQLALCHEMY_DATABASE_URI", "connection uri"), false, rnd -> databaseUrl(rnd, true),
                        rnd -> databaseUrl(rnd, false)),
                // the name is part of what the identifier reports, so the value holds the whole assignment
                new CatalogueValues("GENERIC_SECRET_ASSIGNMENT", List.of("config", "setting", "env line"), false,
                        rnd -> assignment(rnd, password(rnd)), CredentialCatalogueValues::secretNearMiss));
    }

    /** A Google API key: AIzaSy and 33 URL-safe base64 characters. */
    private static String gcpKey(Random rnd) {
        return "AIzaSy" + chars(rnd, URL_SAFE, 33);
    }

    private static String gcpNearMiss(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> "AIzb" + chars(rnd, URL_SAFE, 35); // wrong prefix: the GCP labels name no secret
            case 1 -> filler(rnd, "AIza", 35);
            default -> "AIza" + "x".repeat(35);
        };
    }

    /** A GitHub token: classic (prefix, 30 random characters, their CRC32) or fine-grained ({@code github_pat_}). */
    private static String githubToken(Random rnd) {
        if (rnd.nextInt(4) == 0) {
            return "github_pat_" + chars(rnd, BASE62, 22) + "_" + chars(rnd, BASE62, 59);
        }
        return checksummed(GITHUB_PREFIXES[rnd.nextInt(GITHUB_PREFIXES.length)], chars(rnd, BASE62, 30));
    }

    /** A prefix, a random part and the six-character CRC32 that GitHub and npm put after it. */
    private static String checksummed(String prefix, String random) {
        return prefix + random + CheckDigits.tokenCrc32(random);
    }

    /**
     * A token-shaped value that was never generated: the prefix, then a short random unit repeated to the length
     * (low entropy), or {@code x} fill (a placeholder).
     */
    private static String filler(Random rnd, String prefix, int length) {
        String unit = rnd.nextBoolean() ? "x" : chars(rnd, BASE62, 2 + rnd.nextInt(2));
        return prefix + unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    /** A Slack bot token (xoxb-team-bot-secret) or user token (xoxp-team-user-app-hex). */
    private static String slackToken(Random rnd) {
        if (rnd.nextBoolean()) {
            return "xoxb-" + digits(rnd, 12) + "-" + digits(rnd, 13) + "-" + chars(rnd, BASE62, 24);
        }
        return "xoxp-" + digits(rnd, 12) + "-" + digits(rnd, 12) + "-" + digits(rnd, 13) + "-"
                + chars(rnd, "0123456789abcdef", 32);
    }

    private static String slackNearMiss(Random rnd) {
        return rnd.nextBoolean() ? "xoxb-000000000000-0000000000000-" + "0".repeat(24)
                : filler(rnd, "xoxb-" + digits(rnd, 12) + "-", 24);
    }

    /** An incoming webhook URL: services, the team (T…), the bot (B…) and a 24-character secret. */
    private static String slackWebhook(Random rnd, String base, String secret) {
        return base + "services/T" + chars(rnd, UPPER_ALNUM, 8 + rnd.nextInt(3)) + "/B"
                + chars(rnd, UPPER_ALNUM, 8 + rnd.nextInt(3)) + "/" + secret;
    }

    private static String slackWebhookNearMiss(Random rnd) {
        return rnd.nextBoolean() ? "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/" + "X".repeat(24)
                : slackWebhook(rnd, "https://hooks.example.com/", chars(rnd, BASE62, 24));
    }

    /** A Stripe key: secret, restricted or publishable, live or test, with a 24- or 99-character body. */
    private static String stripeKey(Random rnd) {
        return STRIPE_PREFIXES[rnd.nextInt(STRIPE_PREFIXES.length)] + chars(rnd, BASE62, rnd.nextBoolean() ? 24 : 99);
    }

    private static String stripeNearMiss(Random rnd) {
        return rnd.nextBoolean() ? STRIPE_EXAMPLES[rnd.nextInt(2)] : filler(rnd, "sk_live_", 24);
    }

    /** An Azure Storage connection string whose account key is 64 random bytes in base64. */
    private static String azureConnectionString(Random rnd) {
        byte[] key = new byte[64];
        rnd.nextBytes(key);
        return azure(rnd, Base64.getEncoder().encodeToString(key));
    }

    private static String azure(Random rnd, String key) {
        String account = chars(rnd, "abcdefghijklmnopqrstuvwxyz", 4 + rnd.nextInt(8)) + digits(rnd, rnd.nextInt(4));
        String head = rnd.nextBoolean() ? "DefaultEndpointsProtocol=https;" : "";
        return head + "AccountName=" + account + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net";
    }

    private static String azureNearMiss(Random rnd) {
        return rnd.nextBoolean() ? AZURE_EMULATOR : azure(rnd, "x".repeat(86) + "==");
    }

    /** {@code scheme://user:password@host[:port]/db}; a near miss has a placeholder password and a local host. */
    private static String databaseUrl(Random rnd, boolean valid) {
        String scheme = DB_SCHEMES[rnd.nextInt(DB_SCHEMES.length)];
        String user = scheme.startsWith("redis") && rnd.nextBoolean() ? "" : DB_USERS[rnd.nextInt(DB_USERS.length)];
        String password = valid ? chars(rnd, BASE62 + "!~_-", 12 + rnd.nextInt(12))
                : DB_PLACEHOLDERS[rnd.nextInt(DB_PLACEHOLDERS.length)];
        String host = valid ? DB_HOSTS[rnd.nextInt(DB_HOSTS.length)] : LOCAL_HOSTS[rnd.nextInt(LOCAL_HOSTS.length)];
        return scheme + "://" + user + ":" + password + "@" + host + ":" + (1024 + rnd.nextInt(60000)) + "/"
                + DB_USERS[rnd.nextInt(DB_USERS.length)];
    }

    /** A generated password: 14–32 characters holding a lower-case letter, an upper-case one and a digit. */
    private static String password(Random rnd) {
        while (true) {
            String p = chars(rnd, PASSWORD, 14 + rnd.nextInt(19));
            if (p.chars().anyMatch(Character::isLowerCase) && p.chars().anyMatch(Character::isUpperCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p;
            }
        }
    }

    private static String assignment(Random rnd, String value) {
        return String.format(ASSIGNMENTS[rnd.nextInt(ASSIGNMENTS.length)], SECRET_NAMES[rnd.nextInt(SECRET_NAMES.length)],
                value);
    }

    /** What code and templates assign to a secret name: placeholders, references, calls, paths, low-entropy fill. */
    private static String secretNearMiss(Random rnd) {
        String value = switch (rnd.nextInt(6)) {
            case 0 -> new String[]{"changeme123456", "your-api-key-here", "<insert-secret>", "REPLACE_ME_BEFORE_DEPLOY",
                    "example-password-1"}[rnd.nextInt(5)];
            case 1 -> "${" + SECRET_NAMES[rnd.nextInt(SECRET_NAMES.length)].toUpperCase(Locale.ROOT) + "}";
            case 2 -> "settings." + SECRET_NAMES[rnd.nextInt(SECRET_NAMES.length)].toUpperCase(Locale.ROOT);
            case 3 -> "get_secret_from_vault('" + chars(rnd, "abcdefghijklmnopqrstuvwxyz", 6) + "')";
            case 4 -> "/etc/" + chars(rnd, "abcdefghijklmnopqrstuvwxyz", 5) + "/secrets/key.pem";
            default -> filler(rnd, "", 16);
        };
        return assignment(rnd, value);
    }
}
