package dev.ferret.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The columns of a customer export for one country. Each table decides once per column whether its header carries
 * the identifier's keyword (columnar and record formats count a keyword in the column name or JSON path): with it,
 * every value in the column is truth; without it, the column holds hard negatives.
 */
final class CustomerSchema {

    /**
     * @param group      the JSON object the field sits in ({@code null}: directly in the customer object)
     * @param header     the column name / JSON key
     * @param identifier the identifier that must report the values, or null
     */
    record Column(String group, String header, String identifier, Function<Person, String> value) {
    }

    private CustomerSchema() {
    }

    static List<Column> forCountry(String country, Random rnd, Facts facts) {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(null, "customer_id", null, Person::id));
        cols.add(new Column("name", "first_name", null, Person::firstName));
        cols.add(new Column("name", "last_name", null, Person::lastName));
        cols.add(new Column("contact", "email", Ids.EMAIL, Person::email));
        if (country.equals("US") || country.equals("CA")) {
            cols.add(new Column("contact", "phone", Ids.PHONE, Person::phone));
        }
        cols.add(choose(rnd, "date_of_birth", "member_since", null, Ids.DOB, Person::birthDateText));
        cols.add(new Column("address", "street", null, Person::street));
        cols.add(new Column("address", "city", null, Person::city));
        cols.add(new Column("address", "postcode", null, Person::postcode));
        switch (country) {
            case "US" -> {
                cols.add(choose(rnd, "ssn", "tax_ref", "identity", Ids.SSN, Person::ssn));
                cols.add(choose(rnd, "itin", "filing_ref", "identity", Ids.ITIN, Person::itin));
                cols.add(choose(rnd, "passport_number", "document_ref", "identity", Ids.US_PASSPORT, Person::passport));
                cols.add(choose(rnd, "bank_account", "acct_ref", "payment", Ids.BANK_ACCOUNT, Person::bankAccount));
            }
            case "CA" -> {
                cols.add(choose(rnd, "sin", "gov_ref", "identity", Ids.SIN, Person::sin));
                cols.add(choose(rnd, "chequing_account", "acct_ref", "payment", Ids.BANK_ACCOUNT, Person::bankAccount));
            }
            case "GB" -> {
                cols.add(choose(rnd, "nino", "ni_ref", "identity", Ids.NINO, Person::nino));
                cols.add(choose(rnd, "nhs_number", "health_ref", "identity", Ids.NHS, Person::nhs));
            }
            case "IN" -> cols.add(choose(rnd, "aadhaar", "uid_ref", "identity", Ids.AADHAAR, Person::aadhaar));
            default -> {
            }
        }
        if (Ids.ibanIdentifier(country) != null) {
            cols.add(new Column("payment", "iban", Ids.ibanIdentifier(country), Person::iban));
        }
        boolean cardKeyword = rnd.nextInt(5) != 0;
        cols.add(new Column("payment", cardKeyword ? "card_number" : "payment_token",
                cardKeyword ? Ids.CARD : Ids.CARD_NO_KEYWORD, Person::card));
        cols.add(choose(rnd, "card_expiry", "valid_thru", "payment", Ids.CARD_EXPIRATION, Person::cardExpiration));
        cols.add(choose(rnd, "cvv", "check_value", "payment", Ids.CARD_CVV, Person::cvv));
        cols.add(new Column(null, "last_login_ip", Ids.IP, Person::ip));
        cols.add(new Column("order", "order_id", null, p -> facts.decoyOrderId()));
        cols.add(new Column("order", "tracking_number", null, p -> facts.decoyTracking()));
        return cols;
    }

    private static Column choose(Random rnd, String keywordHeader, String neutralHeader, String group, String identifier,
                                 Function<Person, String> value) {
        return rnd.nextInt(5) != 0
                ? new Column(group, keywordHeader, identifier, value)
                : new Column(group, neutralHeader, null, value);
    }
}
