package dev.ferret.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns people into facts for prose formats, deciding for each value whether its keyword is written next to it.
 * The ground truth follows the identifier's keyword rule: a value that needs a keyword and has none is a hard negative.
 * Also makes decoy facts: values of the right shape that no identifier may report.
 */
final class Facts {

    /** Labels that hold no keyword of any planted identifier. */
    private static final String[] NEUTRAL = {"ref", "reference", "lookup", "record", "batch", "value", "entry"};

    private final Random rnd;
    private final ValueFactory values;

    Facts(Random rnd, ValueFactory values) {
        this.rnd = rnd;
        this.values = values;
    }

    private boolean withKeyword() {
        return rnd.nextInt(4) != 0;
    }

    private String neutral() {
        return NEUTRAL[rnd.nextInt(NEUTRAL.length)];
    }

    private String pick(String... labels) {
        return labels[rnd.nextInt(labels.length)];
    }

    /** A fact whose identifier needs a keyword: with the keyword it is truth, without it a hard negative. */
    private Fact keyworded(String identifier, String value, String... keywordLabels) {
        return withKeyword() ? new Fact(identifier, pick(keywordLabels), value) : new Fact(null, neutral(), value);
    }

    /** The person's facts, in a shuffled order; {@code dates} false leaves out dates (for logs, whose timestamps would sit near the keyword). */
    List<Fact> of(Person p, boolean dates) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(Ids.EMAIL, pick("email", "e-mail address", "mail"), p.email()));
        if (dates) {
            facts.add(keyworded(Ids.DOB, p.birthDateText(), "date of birth", "DOB", "birthday", "birth date"));
        }
        if (p.phone() != null) {
            // PHONE_NUMBER: with a keyword any format counts; without one only a number with its country code does
            if (withKeyword()) {
                facts.add(new Fact(Ids.PHONE, pick("phone", "tel", "mobile", "telephone number"),
                        rnd.nextBoolean() ? p.phone() : p.phoneInternational()));
            } else if (rnd.nextBoolean()) {
                facts.add(new Fact(Ids.PHONE, neutral(), p.phoneInternational()));
            } else {
                facts.add(new Fact(null, neutral(), p.phone()));
            }
        }
        add(facts, p.ssn(), v -> keyworded(Ids.SSN, v, "SSN", "social security", "ssn#"));
        add(facts, p.itin(), v -> keyworded(Ids.ITIN, v, "ITIN", "individual taxpayer identification number"));
        add(facts, p.passport(), v -> keyworded(Ids.US_PASSPORT, v, "passport", "passport number", "travel document"));
        add(facts, p.bankAccount(), v -> keyworded(Ids.BANK_ACCOUNT, v, "bank account", "checking account", "savings account"));
        add(facts, p.card(), v -> withKeyword()
                ? new Fact(Ids.CARD, pick("credit card", "card number", "visa", "debit card", "cc #"), v)
                : new Fact(Ids.CARD_NO_KEYWORD, neutral(), v));
        if (dates) {
            add(facts, p.cardExpiration(), v -> keyworded(Ids.CARD_EXPIRATION, v, "expiry", "expiration", "card expiry"));
            add(facts, p.cvv(), v -> keyworded(Ids.CARD_CVV, v, "CVV", "cvc2", "card security code"));
        }
        add(facts, p.iban(), v -> new Fact(Ids.ibanIdentifier(p.country()), pick("IBAN", "account", "pay to"), v));
        add(facts, p.nino(), v -> keyworded(Ids.NINO, v, "NINO", "national insurance number"));
        add(facts, p.nhs(), v -> keyworded(Ids.NHS, v, "NHS number", "NHS"));
        add(facts, p.sin(), v -> keyworded(Ids.SIN, v, "SIN", "social insurance number"));
        add(facts, p.aadhaar(), v -> keyworded(Ids.AADHAAR, v, "Aadhaar", "aadhaar number"));
        facts.add(new Fact(Ids.IP, pick("last login from", "client address", "source"), p.ip()));
        java.util.Collections.shuffle(facts, rnd);
        return facts;
    }

    private static void add(List<Fact> facts, String value, java.util.function.Function<String, Fact> make) {
        if (value != null) {
            facts.add(make.apply(value));
        }
    }

    /** A hard negative: right shape, wrong checksum or prefix, a documented exclusion, or ordinary IDs. */
    Fact decoy() {
        return switch (rnd.nextInt(16)) {
            case 0 -> new Fact(null, "request id", java.util.UUID.nameUUIDFromBytes(values.hex(8).getBytes()).toString());
            case 1 -> new Fact(null, "commit", values.hex(20));
            case 2 -> new Fact(null, "sha256", values.hex(32));
            case 3 -> new Fact(null, "order", decoyOrderId());
            case 4 -> new Fact(null, "tracking", decoyTracking());
            case 5 -> new Fact(null, "ISBN", isbn13());
            case 6 -> new Fact(null, "released", "v" + rnd.nextInt(10) + "." + rnd.nextInt(30) + "." + rnd.nextInt(100));
            case 7 -> new Fact(null, "card number", values.cardNumberBadLuhn());
            case 8 -> new Fact(null, "test card", pick(ValueFactory.MACIE_TEST_CARDS.stream().sorted().toArray(String[]::new)));
            case 9 -> new Fact(null, "aws_secret_access_key", pick("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"));
            case 10 -> new Fact(null, "IBAN", values.ibanBadCheck(pick("DE", "FR", "GB", "NL", "ES", "IT", "IE")));
            case 11 -> new Fact(null, neutral(), values.ssn());
            case 12 -> new Fact(null, "build", rnd.nextInt(300) + 256 + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256));
            case 13 -> new Fact(null, "quantity", values.digits(3 + rnd.nextInt(6)));
            case 14 -> new Fact(null, "created", "2026-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + "T0" + rnd.nextInt(10) + ":1" + rnd.nextInt(6) + ":00Z");
            default -> new Fact(null, "invoice", "INV" + values.digits(10));
        };
    }

    String decoyOrderId() {
        return "ORD-" + (2020 + rnd.nextInt(7)) + "-" + values.digits(6);
    }

    /** A UPS-style tracking number: 18 characters, mostly digits. */
    String decoyTracking() {
        return "1Z" + values.hex(4).toUpperCase(java.util.Locale.ROOT) + values.digits(8);
    }

    private String isbn13() {
        String payload = "978" + values.digits(9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (payload.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        String all = payload + (10 - sum % 10) % 10;
        return all.substring(0, 3) + "-" + all.charAt(3) + "-" + all.substring(4, 7) + "-" + all.substring(7, 12) + "-" + all.charAt(12);
    }

    /** A sentence with no digits and no keyword, put between facts so no keyword reaches a neighbouring value. */
    String filler() {
        return pick("The account review was completed without further action from the team.",
                "Follow-up scheduled after the quarterly review of open tickets and notes.",
                "Customer asked for the latest statement to be sent by the usual route.",
                "No changes were requested during the most recent review of this profile.",
                "Please keep this information confidential and share only when required.",
                "The record was reviewed by operations and marked as ready for archive.");
    }
}
