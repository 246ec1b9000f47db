package dev.ferret.core.accuracy;

import net.datafaker.Faker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded, labelled set of small documents (a text line, a CSV file with a header, a JSON record) holding full names,
 * mailing addresses or hard negatives: company names, places, products, headings, and addresses without a postcode or
 * with one that does not belong to the place. Half the names come from Ferret's own gazetteers, half from Datafaker,
 * an independent source, so recall is not measured only on names the gazetteers know.
 */
final class NameAddressSamples {

    /** One document: its file name (which decides the format), its bytes, and how many of each it holds. */
    record Sample(String fileName, String content, int names, int addresses, String kind) {
    }

    private static final String[] NAME_LABELLED = {
            "Dear %s,\nthank you for your order.", "Patient: %s (admitted 2024-03-02)", "name: %s",
            "Signed by %s on behalf of the board.", "Customer %s called about the invoice.", "Attn: %s, Accounts",
            "Mr %s will attend.", "Dr. %s reviewed the scan."};
    private static final String[] NAME_PLAIN = {
            "Yesterday %s joined the team in the afternoon.", "The contract was drafted by %s last week.",
            "We met %s at the conference.", "Minutes taken by %s.", "Please forward this to %s before noon.",
            "Tickets were booked for %s and two guests."};
    private static final String[] NOT_NAMES = {
            "Morgan Stanley", "Goldman Sachs", "Wells Fargo", "Main Street Bank", "Acme Corporation", "General Electric",
            "Ford Motor Company", "Marks and Spencer", "Dell Technologies", "Hewlett Packard Enterprise",
            "Deutsche Bank", "Banco Santander", "Credit Suisse", "Procter and Gamble", "New York Times",
            "New York City", "Los Angeles", "San Francisco", "Virginia Beach", "Santa Monica", "Rio de Janeiro",
            "Buenos Aires", "Costa Rica", "Mount Everest", "Lake Tahoe", "Victoria Station", "Charlotte Street",
            "Jackson Heights", "Palo Alto", "Salt Lake City", "Hong Kong", "Notre Dame", "Quarterly Sales Report",
            "Table of Contents", "Terms and Conditions", "Privacy Policy", "Annual General Meeting",
            "Customer Service", "Human Resources", "Executive Summary", "Product Roadmap", "Happy New Year",
            "Black Friday", "Best Regards", "Apple Watch Ultra", "Toyota Corolla", "Microsoft Office",
            "Adobe Acrobat Reader", "Samsung Galaxy", "Ford Mustang", "Nike Air Max", "Google Cloud Platform",
            "Amazon Web Services", "United Nations", "European Union", "World Health Organization", "Red Cross",
            "Champions League", "Premier League", "Super Bowl", "Golden Gate Bridge", "Eiffel Tower",
            "Brandenburger Tor", "Sagrada Familia", "Colosseo Roma", "Tour de France", "Gran Turismo",
            "Open Source Initiative", "Release Notes", "Getting Started", "Frequently Asked Questions"};
    private static final String[] NOT_NAME_TEMPLATES = {
            "Shares of %s rose 3%% today.", "The meeting is at %s.", "See the %s section below.", "%s",
            "Visit %s this summer.", "Sponsored by %s."};

    /** Street names and types per country, with places and postcodes that belong together. */
    private static final String[] US_STREETS = {"Main St", "Oak Avenue", "Maple Ave", "Pennsylvania Avenue NW",
            "Elm Street", "Sunset Blvd", "Lakeview Drive", "Park Road", "Washington St", "Cedar Lane", "5th Avenue",
            "Martin Luther King Jr Blvd", "Hillcrest Rd", "Pine Court"};
    private static final String[][] US_PLACES = {{"Springfield", "IL", "62704"}, {"Washington", "DC", "20500"},
            {"Austin", "TX", "78701"}, {"Seattle", "WA", "98101"}, {"Boston", "MA", "02108"}, {"Denver", "CO", "80202"},
            {"Miami", "FL", "33101"}, {"Portland", "OR", "97205"}, {"Chicago", "IL", "60601"},
            {"San Jose", "CA", "95113"}, {"Atlanta", "GA", "30303"}, {"Brooklyn", "NY", "11201"},
            {"Phoenix", "AZ", "85004"}, {"Nashville", "TN", "37203"}, {"Columbus", "OH", "43215"}};
    private static final String[] UK_STREETS = {"Baker Street", "High Street", "Station Road", "Church Lane",
            "Victoria Road", "Queen's Road", "Mill Lane", "Park Avenue", "Kings Road", "London Road"};
    private static final String[][] UK_PLACES = {{"London", "NW1 6XE"}, {"London", "SW1A 2AA"},
            {"Manchester", "M1 1AE"}, {"Leeds", "LS1 4AP"}, {"Bristol", "BS1 5TR"}, {"Edinburgh", "EH1 1YZ"},
            {"Cardiff", "CF10 1EP"}, {"Oxford", "OX1 2JD"}, {"Guildford", "GU1 3UW"}, {"Harrogate", "HG1 2RQ"}};
    private static final String[] CA_STREETS = {"Wellington St", "Yonge Street", "Granville Street", "Jasper Avenue",
            "Portage Avenue", "Barrington St"};
    private static final String[][] CA_PLACES = {{"Ottawa", "ON", "K1A 0A9"}, {"Toronto", "ON", "M5V 2T6"},
            {"Vancouver", "BC", "V6B 1A1"}, {"Edmonton", "AB", "T5J 0N3"}, {"Winnipeg", "MB", "R3C 0V8"},
            {"Halifax", "NS", "B3J 3K5"}, {"Montreal", "QC", "H3B 2Y5"}};
    private static final String[] AU_STREETS = {"Martin Place", "George Street", "Collins St", "Queen Street",
            "Hay Street", "King William Road"};
    private static final String[][] AU_PLACES = {{"Sydney", "NSW", "2000"}, {"Melbourne", "VIC", "3000"},
            {"Brisbane", "QLD", "4000"}, {"Perth", "WA", "6000"}, {"Adelaide", "SA", "5000"},
            {"Hobart", "TAS", "7000"}, {"Canberra", "ACT", "2600"}};
    private static final String[] FR_STREETS = {"rue de Rivoli", "rue du Faubourg Saint-Honoré",
            "avenue des Champs-Élysées", "boulevard Haussmann", "place Bellecour", "rue de la République",
            "avenue Jean Jaurès", "quai des Chartrons"};
    private static final String[][] FR_PLACES = {{"75001", "Paris"}, {"75008", "Paris"}, {"69002", "Lyon"},
            {"13001", "Marseille"}, {"33000", "Bordeaux"}, {"31000", "Toulouse"}, {"59000", "Lille"},
            {"44000", "Nantes"}, {"21000", "Dijon"}, {"64000", "Pau"}};
    private static final String[] DE_STREETS = {"Hauptstraße", "Goethestraße", "Bahnhofstraße", "Schillerstr.",
            "Karl-Marx-Allee", "Lindenweg", "Marktplatz", "Kurfürstendamm", "Am Rosengarten", "Berliner Straße"};
    private static final String[][] DE_PLACES = {{"10117", "Berlin"}, {"80331", "München"}, {"20095", "Hamburg"},
            {"50667", "Köln"}, {"60311", "Frankfurt"}, {"70173", "Stuttgart"}, {"04109", "Leipzig"},
            {"01067", "Dresden"}, {"72070", "Tübingen"}, {"34117", "Kassel"}};
    private static final String[] ES_STREETS = {"Calle de Alcalá", "Calle Mayor", "Gran Vía", "Avenida Diagonal",
            "Paseo de la Castellana", "Plaza Mayor", "Carrer de Balmes", "Calle Larios"};
    private static final String[][] ES_PLACES = {{"28014", "Madrid"}, {"28013", "Madrid"}, {"08017", "Barcelona"},
            {"46002", "Valencia"}, {"41001", "Sevilla"}, {"29005", "Málaga"}, {"48001", "Bilbao"},
            {"18009", "Granada"}, {"37002", "Salamanca"}, {"02001", "Albacete"}};
    private static final String[] IT_STREETS = {"Via del Corso", "Via Roma", "Piazza San Marco", "Corso Buenos Aires",
            "Via Garibaldi", "Viale Trastevere", "Via Toledo", "Corso Vittorio Emanuele"};
    private static final String[][] IT_PLACES = {{"00186", "Roma"}, {"20121", "Milano"}, {"30124", "Venezia"},
            {"50122", "Firenze"}, {"80134", "Napoli"}, {"10121", "Torino"}, {"40121", "Bologna"},
            {"37121", "Verona"}, {"06121", "Perugia"}, {"53100", "Siena"}};
    private static final String[] ADDRESS_TEMPLATES = {"Ship to: %s", "Our office has moved to %s.", "address: %s",
            "Please send the documents to\n%s\nThank you.", "%s"};
    private static final String[] NOT_ADDRESSES = {"123 Main St, Springfield", "45 Oak Avenue in Denver",
            "Order 12345 shipped to Berlin", "Room 101, Building 5, Level 2", "Invoice 20500 for Washington, DC",
            "Flight BA 2490 to London Heathrow", "Model XZ 90210 Deluxe", "12 rue de Rivoli, Paris",
            "Via Roma 10, Firenze", "Calle Mayor 5, Madrid", "Hauptstraße 5 in München",
            "1600 Pennsylvania Avenue NW, Washington, ZZ 20500", "10 Downing Street, London M1 1AE",
            "12 rue de Rivoli, 13001 Paris", "Via del Corso 12, 20121 Roma", "100 Queen St W, Toronto, ON H2X 1Y4",
            "1 Martin Place, Sydney VIC 2000", "Chapter 12, 20500 words", "Page 42, 10117 results",
            "Version 3, 28014 downloads", "Seite 12, 80331 München"};

    private final Random random;
    private final Faker[] fakers;
    private final List<String> givenNames;
    private final List<String> surnames;

    NameAddressSamples(long seed) {
        this.random = new Random(seed);
        this.fakers = new Faker[]{new Faker(Locale.US, new Random(seed)), new Faker(Locale.UK, new Random(seed + 1)),
                new Faker(Locale.FRANCE, new Random(seed + 2)), new Faker(Locale.GERMANY, new Random(seed + 3)),
                new Faker(Locale.of("es"), new Random(seed + 4)), new Faker(Locale.ITALY, new Random(seed + 5))};
        this.givenNames = words("given-names.txt");
        this.surnames = words("surnames.txt");
    }

    List<Sample> generate(int names, int addresses, int negatives) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            boolean fromGazetteer = i % 2 == 0;
            String name = fromGazetteer ? pick(givenNames) + " " + pick(surnames) : fakerName();
            boolean labelled = random.nextBoolean();
            String kind = (fromGazetteer ? "name/gazetteer" : "name/datafaker") + (labelled ? "/labelled" : "/plain");
            out.add(inFormat(i, name, labelled ? pick(NAME_LABELLED) : pick(NAME_PLAIN), "full_name", 1, 0, kind));
        }
        for (int i = 0; i < addresses; i++) {
            String[] country = {"US", "UK", "CA", "AU", "FR", "DE", "ES", "IT"};
            String c = country[i % country.length];
            out.add(inFormat(i, address(c), pick(ADDRESS_TEMPLATES), "address", 0, 1, "address/" + c));
        }
        for (int i = 0; i < negatives; i++) {
            if (i % 3 == 2) {
                out.add(inFormat(i, pick(NOT_ADDRESSES), "%s", "note", 0, 0, "negative/address-like"));
            } else {
                // half under a "name" column, whose keyword gives the validator context as a person's name would
                String column = random.nextBoolean() ? "name" : "organisation";
                out.add(inFormat(i, pick(NOT_NAMES), pick(NOT_NAME_TEMPLATES), column, 0, 0, "negative/name-like"));
            }
        }
        return out;
    }

    private String fakerName() {
        Faker faker = fakers[random.nextInt(fakers.length)];
        return faker.name().firstName() + " " + faker.name().lastName();
    }

    private String address(String country) {
        int n = 1 + random.nextInt(400);
        return switch (country) {
            case "US" -> {
                String[] p = pick(US_PLACES);
                yield n + " " + pick(US_STREETS) + (random.nextInt(4) == 0 ? ", Apt " + (1 + random.nextInt(30)) : "")
                        + (random.nextBoolean() ? ", " : "\n") + p[0] + ", " + p[1] + " " + p[2];
            }
            case "UK" -> {
                String[] p = pick(UK_PLACES);
                yield n + " " + pick(UK_STREETS) + (random.nextBoolean() ? ", " : "\n") + p[0] + " " + p[1];
            }
            case "CA" -> {
                String[] p = pick(CA_PLACES);
                yield n + " " + pick(CA_STREETS) + ", " + p[0] + ", " + p[1] + " " + p[2];
            }
            case "AU" -> {
                String[] p = pick(AU_PLACES);
                yield n + " " + pick(AU_STREETS) + ", " + p[0] + " " + p[1] + " " + p[2];
            }
            case "FR" -> {
                String[] p = pick(FR_PLACES);
                yield n + " " + pick(FR_STREETS) + (random.nextBoolean() ? ", " : "\n") + p[0] + " " + p[1];
            }
            case "DE" -> {
                String[] p = pick(DE_PLACES);
                yield pick(DE_STREETS) + " " + n + (random.nextBoolean() ? ", " : "\n") + p[0] + " " + p[1];
            }
            case "ES" -> {
                String[] p = pick(ES_PLACES);
                yield pick(ES_STREETS) + " " + n + ", " + p[0] + " " + p[1];
            }
            default -> {
                String[] p = pick(IT_PLACES);
                yield pick(IT_STREETS) + " " + n + ", " + p[0] + " " + p[1];
            }
        };
    }

    /** The value in a sentence (text), in a CSV cell under a header, or in a JSON record, chosen at random. */
    private Sample inFormat(int index, String value, String template, String column, int names, int addresses,
                            String kind) {
        return switch (random.nextInt(3)) {
            case 0 -> new Sample("doc-" + index + ".txt", template.formatted(value) + "\n", names, addresses, kind);
            case 1 -> new Sample("doc-" + index + ".csv",
                    "id," + column + "\n" + index + ",\"" + value.replace("\"", "\"\"") + "\"\n", names, addresses, kind);
            default -> new Sample("doc-" + index + ".json", "{\"id\": " + index + ", \"" + column + "\": \""
                    + value.replace("\n", "\\n").replace("\"", "\\\"") + "\"}\n", names, addresses, kind);
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String[] pick(String[][] options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** The capitalised single words of a gazetteer file (entries such as "Da" or "Le" are particles, left out). */
    private static List<String> words(String file) {
        String resource = "ferret/identifiers/gazetteers/" + file;
        List<String> words = new ArrayList<>();
        try (InputStream in = NameAddressSamples.class.getClassLoader().getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                for (String w : (comment >= 0 ? line.substring(0, comment) : line).strip().split("\\s+")) {
                    if (w.length() > 2) {
                        words.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
