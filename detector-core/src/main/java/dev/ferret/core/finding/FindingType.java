package dev.ferret.core.finding;

import dev.ferret.identifiers.Category;

import java.util.Set;

/**
 * Macie's sensitive data finding types with their titles and descriptions. The Personal, Financial and
 * CustomIdentifier strings are the ones observed in Macie output; AWS has not published the Credentials and Multiple
 * strings, so those are Ferret's wording in the same style (docs/findings.md).
 */
public enum FindingType {
    CREDENTIALS("SensitiveData:S3Object/Credentials",
            "The S3 object contains credentials data.",
            "The S3 object contains credentials data such as AWS secret access keys or private keys."),
    FINANCIAL("SensitiveData:S3Object/Financial",
            "The S3 object contains financial information.",
            "The S3 object contains financial information such as bank account numbers or credit card numbers."),
    PERSONAL("SensitiveData:S3Object/Personal",
            "The S3 object contains personal information.",
            "The object contains personal information such as first or last names, addresses, or identification numbers."),
    CUSTOM_IDENTIFIER("SensitiveData:S3Object/CustomIdentifier",
            "The S3 object contains text that matches custom data identifier criteria",
            "The S3 object contains text that matches the criteria of one or more custom data identifiers. "
                    + "The object might contain multiple types of sensitive data."),
    MULTIPLE("SensitiveData:S3Object/Multiple",
            "The S3 object contains multiple categories of sensitive data",
            "The S3 object contains more than one category of sensitive data.");

    private final String macieName;
    private final String title;
    private final String description;

    FindingType(String macieName, String title, String description) {
        this.macieName = macieName;
        this.title = title;
        this.description = description;
    }

    public String macieName() {
        return macieName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The type for the categories found: the single category's type, or {@link #MULTIPLE} for more than one. */
    public static FindingType of(Set<Category> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one category");
        }
        if (categories.size() > 1) {
            return MULTIPLE;
        }
        return switch (categories.iterator().next()) {
            case CREDENTIALS -> CREDENTIALS;
            case FINANCIAL_INFORMATION -> FINANCIAL;
            case PERSONAL_INFORMATION -> PERSONAL;
            case CUSTOM_IDENTIFIER -> CUSTOM_IDENTIFIER;
        };
    }
}
