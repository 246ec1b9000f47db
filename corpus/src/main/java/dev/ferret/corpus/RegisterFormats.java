package dev.ferret.corpus;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Registers that plant the catalogue identifiers beyond the core set ({@link CatalogueValues}): a text register of
 * {@code label: value} lines and a CSV whose headers are the keywords. Each identifier appears several times per
 * document, valid with a keyword (truth), valid without one (truth or hard negative, by its keyword rule) and as a
 * near miss next to its keyword (hard negative).
 */
final class RegisterFormats {

    /** Labels that hold no keyword of any catalogue identifier. */
    private static final String[] NEUTRAL = {"ref", "lookup", "batch", "entry", "item"};

    private final Random rnd;
    private final Facts facts;
    private final List<CatalogueValues> catalogue;
    private final Deque<CatalogueValues> csvDeck = new ArrayDeque<>();

    RegisterFormats(Random rnd, Facts facts, List<CatalogueValues> catalogue) {
        this.rnd = rnd;
        this.facts = facts;
        this.catalogue = List.copyOf(catalogue);
    }

    /** A text register: every identifier {@code perIdentifier} times, in a shuffled order, a filler line between. */
    GeneratedFile text(String path, int perIdentifier) {
        List<CatalogueValues> order = new ArrayList<>();
        for (int i = 0; i < perIdentifier; i++) {
            order.addAll(catalogue);
        }
        Collections.shuffle(order, rnd);
        TextBuilder b = new TextBuilder(true);
        b.line("# identity and account register - verification export");
        for (CatalogueValues v : order) {
            Fact f = fact(v);
            b.fact(f, ": ").append("\n").line(facts.filler());
        }
        return b.toFile(path);
    }

    private Fact fact(CatalogueValues v) {
        int roll = rnd.nextInt(10);
        if (roll < 6) {
            return new Fact(v.identifier(), v.keywordLabel(rnd), v.valid().apply(rnd));
        }
        if (roll < 8) {
            String value = v.valid().apply(rnd);
            return new Fact(v.withoutKeyword().apply(value), NEUTRAL[rnd.nextInt(NEUTRAL.length)], value);
        }
        return new Fact(null, v.keywordLabel(rnd), v.nearMiss().apply(rnd));
    }

    /**
     * A CSV of {@code columns} identifiers whose headers are keyword labels; one cell in five holds a near miss. The
     * identifiers are dealt from a shuffled deck, so that every one gets a column before any gets a second.
     */
    GeneratedFile csv(String path, int columns, int rows) {
        List<CatalogueValues> chosen = new ArrayList<>(columns);
        while (chosen.size() < Math.min(columns, catalogue.size())) {
            if (csvDeck.isEmpty()) {
                List<CatalogueValues> round = new ArrayList<>(catalogue);
                Collections.shuffle(round, rnd);
                csvDeck.addAll(round);
            }
            CatalogueValues next = csvDeck.poll();
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        List<String> headers = new ArrayList<>();
        for (CatalogueValues v : chosen) {
            headers.add(v.keywordLabel(rnd));
        }
        List<Label> labels = new ArrayList<>();
        StringBuilder out = new StringBuilder(rows * columns * 24);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(headers);
            for (int r = 0; r < rows; r++) {
                List<String> record = new ArrayList<>(chosen.size());
                for (int c = 0; c < chosen.size(); c++) {
                    CatalogueValues v = chosen.get(c);
                    boolean valid = rnd.nextInt(5) != 0;
                    record.add(valid ? v.valid().apply(rnd) : v.nearMiss().apply(rnd));
                    if (valid) {
                        labels.add(new Label("", v.identifier(), TruthLocation.cell(r + 2, c + 1, headers.get(c))));
                    }
                }
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedFile(path, out.toString().getBytes(StandardCharsets.UTF_8), labels);
    }
}
