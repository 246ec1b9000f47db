package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * An Azure Storage connection string with an account key: the key is base64 of 64 bytes, and it is not the key of the
 * Azurite / Storage Emulator development account, which Microsoft publishes.
 */
public final class AzureStorageConnectionStringValidator implements Validator {

    private static final String EMULATOR_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        int at = value.indexOf("AccountKey=");
        if (at < 0) {
            return false;
        }
        String key = value.substring(at + "AccountKey=".length());
        byte[] decoded = Base64Text.decode(key, false);
        return decoded != null && decoded.length == 64 && !key.equals(EMULATOR_KEY) && SecretText.looksRandom(key);
    }
}
