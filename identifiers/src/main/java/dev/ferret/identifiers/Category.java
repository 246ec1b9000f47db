package dev.ferret.identifiers;

/** Macie's {@code SensitiveDataItemCategory}: PHI and PII are both {@link #PERSONAL_INFORMATION} in the API. */
public enum Category {
    CREDENTIALS,
    FINANCIAL_INFORMATION,
    PERSONAL_INFORMATION,
    CUSTOM_IDENTIFIER
}
