package dev.ferret.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a labelled corpus: realistic documents in every supported format, for ten countries, with planted
 * sensitive values (valid by construction) and hard negatives, plus {@code truth.jsonl}. The same seed and size give
 * the same bytes.
 *
 * <p>Usage: {@code CorpusGenerator <output dir> <seed> <size>}, size being {@code small} (about 3 MB),
 * {@code large} (200 MB) or a byte count with an optional K/M/G suffix ({@code 50M}).
 */
public final class CorpusGenerator {

    public static final long SMALL_BYTES = 3L << 20;
    public static final long LARGE_BYTES = 200L << 20;

    private enum Kind { CSV, TSV, XLSX, JSON, JSONL, LOG, ENV, YAML, KEY, HTML, XML, MARKDOWN, EML, PDF, DOCX, PPTX, DECOYS, REGISTER, REGISTER_CSV, ZIP, TAR, GZIP, NESTED }

    private final Random rnd;
    private final ValueFactory values;
    private final People people;
    private final Facts facts;
    private final TextFormats text;
    private final TableFormats tables;
    private final JsonFormats json;
    private final OfficeFormats office;
    private final RegisterFormats registers;
    /** Grows documents with the corpus, so a large corpus has large files and not only more of them. */
    private final int scale;
    private int serial;

    public CorpusGenerator(long seed, long targetBytes) {
        this.rnd = new Random(seed);
        this.values = new ValueFactory(rnd);
        this.people = new People(rnd, values);
        this.facts = new Facts(rnd, values);
        this.text = new TextFormats(rnd, values, people, facts);
        this.tables = new TableFormats(rnd, people, facts);
        this.json = new JsonFormats(rnd, people, facts);
        this.office = new OfficeFormats(people, facts);
        this.registers = new RegisterFormats(rnd, facts, CatalogueRegister.all());
        this.scale = (int) Math.max(1, Math.min(10, Math.sqrt((double) targetBytes / SMALL_BYTES)));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusGenerator <output dir> <seed> <small|large|bytes[K|M|G]>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Summary s = generate(out, Long.parseLong(args[1]), parseSize(args[2]));
        System.out.printf(Locale.ROOT, "wrote %d objects, %.1f MB, %d planted values to %s%n",
                s.objects(), s.bytes() / 1048576.0, s.planted(), out.toAbsolutePath());
    }

    /** What was written. */
    public record Summary(int objects, long bytes, long planted) {
    }

    public static Summary generate(Path out, long seed, long targetBytes) throws IOException {
        return new CorpusGenerator(seed, targetBytes).writeTo(out, targetBytes);
    }

    public static long parseSize(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        if (s.equals("SMALL")) {
            return SMALL_BYTES;
        }
        if (s.equals("LARGE")) {
            return LARGE_BYTES;
        }
        s = s.endsWith("B") ? s.substring(0, s.length() - 1) : s;
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    private Summary writeTo(Path out, long targetBytes) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        long planted = 0;
        int objects = 0;
        try (BufferedWriter truth = Files.newBufferedWriter(out.resolve(TruthEntry.FILE_NAME))) {
            List<Kind> cycle = new ArrayList<>(List.of(Kind.values()));
            while (bytes < targetBytes) {
                Collections.shuffle(cycle, rnd);
                for (Kind kind : cycle) {
                    GeneratedFile f = make(kind, people.randomCountry());
                    Path file = out.resolve(f.path());
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.content());
                    for (TruthEntry e : TruthEntry.of(f)) {
                        TruthEntry.write(truth, e);
                    }
                    bytes += f.content().length;
                    planted += f.labels().size();
                    objects++;
                    if (bytes >= targetBytes) {
                        break;
                    }
                }
            }
        }
        return new Summary(objects, bytes, planted);
    }

    private int rows(int min, int max) {
        return (min + rnd.nextInt(max - min + 1)) * scale;
    }

    private String name(String country, String dir, String stem, String ext) {
        return country.toLowerCase(Locale.ROOT) + "/" + dir + "/" + stem + "_" + String.format("%04d", serial++) + "." + ext;
    }

    private GeneratedFile make(Kind kind, String country) {
        return switch (kind) {
            case CSV -> tables.delimited(name(country, "exports", "customers", "csv"), country, rows(40, 120), ',');
            case TSV -> tables.delimited(name(country, "exports", "customers", "tsv"), country, rows(30, 80), '\t');
            case XLSX -> tables.xlsx(name(country, "reports", "customers", "xlsx"), country, rows(30, 80));
            case JSON -> json.json(name(country, "exports", "customers", "json"), country, rows(20, 60));
            case JSONL -> json.jsonLines(name(country, "exports", "events", "jsonl"), country, rows(30, 90));
            case LOG -> text.log(name(country, "logs", "app", "log"), country, rows(150, 400));
            case ENV -> text.env(name(country, "config", "service", "env"), country);
            case YAML -> text.yaml(name(country, "config", "settings", "yaml"), country);
            case KEY -> text.keyFile(country.toLowerCase(Locale.ROOT) + "/keys", String.format("%04d", serial++));
            case HTML -> text.html(name(country, "web", "profiles", "html"), country, rows(3, 8));
            case XML -> text.xml(name(country, "exports", "customers", "xml"), country, rows(3, 8));
            case MARKDOWN -> text.markdown(name(country, "docs", "runbook", "md"), country, rows(3, 8));
            case EML -> text.eml(name(country, "mail", "message", "eml"), country);
            case PDF -> office.pdf(name(country, "letters", "statement", "pdf"), country, rows(2, 6));
            case DOCX -> office.docx(name(country, "letters", "letter", "docx"), country, rows(2, 6));
            case PPTX -> office.pptx(name(country, "slides", "review", "pptx"), country, rows(1, 3));
            case DECOYS -> text.decoys(name(country, "build", "manifest", "txt"), rows(20, 60));
            case REGISTER -> registers.text(name(country, "registers", "identities", "txt"), 3 * scale);
            case REGISTER_CSV -> registers.csv(name(country, "registers", "accounts", "csv"), 8, rows(20, 60));
            case ZIP -> Archives.zip(name(country, "archive", "backup", "zip"), List.of(
                    tables.delimited("customers.csv", country, rows(20, 60), ','),
                    json.jsonLines("data/events.jsonl", country, rows(10, 30)),
                    office.docx("letters/letter.docx", country, 2)));
            case TAR -> Archives.tar(name(country, "archive", "bundle", "tar"), List.of(
                    text.log("logs/app.log", country, rows(50, 150)),
                    text.env("config/service.env", country),
                    text.keyFile("keys", "1")));
            case GZIP -> Archives.gzip(text.log(name(country, "logs", "app", "log"), country, rows(100, 300)));
            case NESTED -> Archives.zip(name(country, "archive", "nested", "zip"), List.of(
                    Archives.zip("inner.zip", List.of(tables.delimited("customers.csv", country, rows(10, 30), ','))),
                    Archives.tar("bundle.tar", List.of(json.json("customers.json", country, rows(5, 15)))),
                    text.markdown("README.md", country, 2)));
        };
    }
}
