package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Set;

/**
 * An AWS secret access key: 40 characters of base64 alphabet that look random (upper case, lower case and digits
 * all present, which rules out hex digests and words), and not one of the example keys in AWS documentation.
 */
public final class AwsSecretKeyValidator implements Validator {

    private static final Set<String> DOCUMENTED_EXAMPLES = Set.of(
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return value.length() == 40 && !DOCUMENTED_EXAMPLES.contains(value)
                && value.chars().anyMatch(Character::isUpperCase)
                && value.chars().anyMatch(Character::isLowerCase)
                && value.chars().anyMatch(Character::isDigit);
    }
}
