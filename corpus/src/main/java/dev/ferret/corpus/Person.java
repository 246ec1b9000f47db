package dev.ferret.corpus;

import java.time.LocalDate;

/**
 * A fictitious customer with the identifiers of their country. Fields that do not apply to the country are null.
 * {@code phone} and {@code phoneInternational} are the same number (US/CA only: PHONE_NUMBER covers only those).
 */
record Person(String id, String country, String firstName, String lastName, String email, String street, String city,
              String postcode, LocalDate birthDate, String birthDateText, String phone, String phoneInternational,
              String ssn, String itin, String passport, String bankAccount, String card, String cardExpiration,
              String cvv, String iban, String nino, String nhs, String sin, String aadhaar, String ip) {

    String fullName() {
        return firstName + " " + lastName;
    }
}
