package dev.ferret.corpus;

import net.datafaker.Faker;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Makes fictitious people of the corpus countries with Datafaker (names, addresses) and {@link ValueFactory}. */
final class People {

    static final String[] COUNTRIES = {"US", "GB", "CA", "FR", "DE", "ES", "IT", "NL", "IE", "IN"};
    private static final Map<String, Locale> LOCALES = Map.of(
            "US", Locale.US, "GB", Locale.UK, "CA", Locale.CANADA, "FR", Locale.FRANCE, "DE", Locale.GERMANY,
            "ES", Locale.forLanguageTag("es-ES"), "IT", Locale.ITALY, "NL", Locale.forLanguageTag("nl-NL"),
            "IE", Locale.forLanguageTag("en-IE"), "IN", Locale.forLanguageTag("en-IND"));
    private static final String[] MAIL_DOMAINS = {"example.com", "example.org", "mail.example.net", "corp.example.co.uk"};

    private final Random rnd;
    private final ValueFactory values;
    private final Map<String, Faker> fakers = new java.util.HashMap<>();
    private int next = 10_000;

    People(Random rnd, ValueFactory values) {
        this.rnd = rnd;
        this.values = values;
    }

    String randomCountry() {
        return COUNTRIES[rnd.nextInt(COUNTRIES.length)];
    }

    Faker faker(String country) {
        return fakers.computeIfAbsent(country, c -> new Faker(LOCALES.get(c), new Random(rnd.nextLong())));
    }

    Person next(String country) {
        Faker f = faker(country);
        String first = f.name().firstName();
        String last = f.name().lastName();
        String email = ascii(first) + "." + ascii(last) + (rnd.nextInt(3) == 0 ? String.valueOf(rnd.nextInt(100)) : "")
                + "@" + MAIL_DOMAINS[rnd.nextInt(MAIL_DOMAINS.length)];
        LocalDate dob = values.birthDate();
        boolean nanp = country.equals("US") || country.equals("CA");
        var phone = nanp ? values.phone(country) : null;
        boolean us = country.equals("US");
        boolean card = rnd.nextInt(4) != 0;
        return new Person("C-" + next++, country, first, last, email, f.address().streetAddress(), f.address().city(),
                f.address().zipCode(), dob, values.date(dob),
                phone == null ? null : values.nationalFormat(phone), phone == null ? null : values.internationalFormat(phone),
                us ? values.ssn() : null,
                us && rnd.nextInt(4) == 0 ? values.itin() : null,
                us && rnd.nextBoolean() ? values.usPassport() : null,
                nanp ? values.bankAccount() : null,
                card ? values.cardNumber() : null,
                card ? values.cardExpiration() : null,
                card ? values.cvv() : null,
                Ids.ibanIdentifier(country) != null ? values.iban(country) : null,
                country.equals("GB") ? values.nino() : null,
                country.equals("GB") && rnd.nextBoolean() ? values.nhs() : null,
                country.equals("CA") ? values.sin() : null,
                country.equals("IN") ? values.aadhaar() : null,
                values.ipv4());
    }

    /** Lower-case ASCII letters only, for e-mail local parts. */
    static String ascii(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return plain.isEmpty() ? "user" : plain.toLowerCase(Locale.ROOT);
    }
}
