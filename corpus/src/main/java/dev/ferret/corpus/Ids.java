package dev.ferret.corpus;

/** The identifier IDs the corpus plants (Macie's managed identifier IDs, plus Ferret's e-mail and IP extensions). */
final class Ids {
    static final String CARD = "CREDIT_CARD_NUMBER";
    static final String CARD_NO_KEYWORD = "CREDIT_CARD_NUMBER_(NO_KEYWORD)";
    static final String CARD_EXPIRATION = "CREDIT_CARD_EXPIRATION";
    static final String CARD_CVV = "CREDIT_CARD_SECURITY_CODE";
    static final String BANK_ACCOUNT = "BANK_ACCOUNT_NUMBER";
    static final String SSN = "USA_SOCIAL_SECURITY_NUMBER";
    static final String ITIN = "USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER";
    static final String US_PASSPORT = "USA_PASSPORT_NUMBER";
    static final String PHONE = "PHONE_NUMBER";
    static final String DOB = "DATE_OF_BIRTH";
    static final String NINO = "UK_NATIONAL_INSURANCE_NUMBER";
    static final String NHS = "UK_NHS_NUMBER";
    static final String SIN = "CANADA_SOCIAL_INSURANCE_NUMBER";
    static final String AADHAAR = "INDIA_AADHAAR_NUMBER";
    static final String AWS_SECRET = "AWS_CREDENTIALS";
    static final String OPENSSH = "OPENSSH_PRIVATE_KEY";
    static final String PGP = "PGP_PRIVATE_KEY";
    static final String PKCS = "PKCS";
    static final String PUTTY = "PUTTY_PRIVATE_KEY";
    static final String JWT = "JSON_WEB_TOKEN";
    static final String BASIC_AUTH = "HTTP_BASIC_AUTH_HEADER";
    static final String COOKIE = "HTTP_COOKIE";
    static final String EMAIL = "EMAIL_ADDRESS";
    static final String IP = "IP_ADDRESS";
    static final String GENERIC_SECRET = "GENERIC_SECRET_ASSIGNMENT";

    private Ids() {
    }

    /** The IBAN identifier of a country, or null where the catalogue has none. */
    static String ibanIdentifier(String country) {
        return switch (country) {
            case "FR" -> "FRANCE_BANK_ACCOUNT_NUMBER";
            case "DE" -> "GERMANY_BANK_ACCOUNT_NUMBER";
            case "IT" -> "ITALY_BANK_ACCOUNT_NUMBER";
            case "ES" -> "SPAIN_BANK_ACCOUNT_NUMBER";
            case "GB" -> "UK_BANK_ACCOUNT_NUMBER";
            case "NL" -> "NETHERLANDS_BANK_ACCOUNT_NUMBER";
            case "IE" -> "IRELAND_BANK_ACCOUNT_NUMBER";
            default -> null;
        };
    }
}
