package dev.ferret.corpus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Plain-text documents: application logs, .env and YAML configuration, HTML, XML, Markdown, e-mail and key files.
 * Every planted value sits on its own line with a filler line or a long prefix around it, so that no keyword reaches
 * a neighbouring value within Macie's 30 characters.
 */
final class TextFormats {

    private static final String[] COMPONENTS = {"billing", "checkout", "auth", "profile", "gateway", "support"};
    private static final String[] PATHS = {"/api/v1/orders", "/api/v1/customers", "/login", "/cart", "/api/v2/invoices"};

    private final Random rnd;
    private final ValueFactory values;
    private final People people;
    private final Facts facts;

    TextFormats(Random rnd, ValueFactory values, People people, Facts facts) {
        this.rnd = rnd;
        this.values = values;
        this.people = people;
        this.facts = facts;
    }

    private String timestamp(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** An application log: access lines (IP, e-mail), payment and profile events, leaked headers and tokens. */
    GeneratedFile log(String path, String country, int lines) {
        TextBuilder b = new TextBuilder(true);
        Instant t = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(rnd.nextInt(2_000_000));
        for (int i = 0; i < lines; i++) {
            t = t.plusMillis(rnd.nextInt(5000));
            String component = COMPONENTS[rnd.nextInt(COMPONENTS.length)];
            b.append(timestamp(t)).append(rnd.nextInt(8) == 0 ? " WARN  [" : " INFO  [").append(component).append("] ");
            Person p = people.next(country);
            switch (rnd.nextInt(8)) {
                case 0, 1 -> b.append("GET ").append(PATHS[rnd.nextInt(PATHS.length)]).append(" 200 ")
                        .append(String.valueOf(rnd.nextInt(900))).append("ms client=").value(Ids.IP, p.ip())
                        .append(" user=").value(Ids.EMAIL, p.email());
                case 2 -> {
                    List<Fact> fs = facts.of(p, false);
                    Fact f = fs.get(rnd.nextInt(fs.size()));
                    b.append("customer ").append(p.id()).append(" profile change accepted; field ").fact(f, "=");
                }
                case 3 -> b.append("dumping request headers for troubleshooting: ")
                        .value(Ids.BASIC_AUTH, values.basicAuthHeader(People.ascii(p.firstName())));
                case 4 -> b.append("upstream response header seen by the proxy: ").value(Ids.COOKIE, values.cookieHeader());
                case 5 -> b.append("issued access token for the mobile session bearer=").value(Ids.JWT, values.jwt(p.id()));
                case 6 -> {
                    Fact d = facts.decoy();
                    b.append("job finished without errors; reported ").append(d.label()).append(" ").value(null, d.value());
                }
                default -> b.append("request_id=").append(java.util.UUID.nameUUIDFromBytes(values.hex(6).getBytes()).toString())
                        .append(" cache miss, retrying the lookup after a short delay");
            }
            b.append("\n");
        }
        return b.toFile(path);
    }

    /** A .env file of a service: AWS credentials (or AWS's documented example key), database URL, contacts. */
    GeneratedFile env(String path, String country) {
        TextBuilder b = new TextBuilder(true);
        Person p = people.next(country);
        b.line("# service configuration - generated for deployment, do not edit by hand");
        b.line("APP_ENV=production");
        b.append("AWS_ACCESS_KEY_ID=").line(values.awsAccessKeyId());
        if (rnd.nextInt(5) == 0) {
            b.append("AWS_SECRET_ACCESS_KEY=").value(null, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").append("\n");
        } else {
            b.append("AWS_SECRET_ACCESS_KEY=").value(Ids.AWS_SECRET, values.awsSecretKey()).append("\n");
        }
        b.line("AWS_REGION=eu-west-1");
        b.append("DATABASE_HOST=").value(Ids.IP, values.ipv4()).append("\n");
        b.line("DATABASE_PORT=5432");
        b.append("BUILD_SHA=").line(values.hex(20));
        b.append("SUPPORT_EMAIL=").value(Ids.EMAIL, p.email()).append("\n");
        b.append("SESSION_SIGNING_SECRET=").value(Ids.GENERIC_SECRET, values.hex(32)).append("\n");
        b.append("RELEASE=v").line(rnd.nextInt(9) + "." + rnd.nextInt(20) + "." + rnd.nextInt(50));
        return b.toFile(path);
    }

    /** A YAML configuration with a nested credentials section and an embedded private key. */
    GeneratedFile yaml(String path, String country) {
        TextBuilder b = new TextBuilder(true);
        Person p = people.next(country);
        b.line("service:");
        b.line("  name: orders-api");
        b.line("  version: " + rnd.nextInt(9) + "." + rnd.nextInt(20) + "." + rnd.nextInt(50));
        b.append("  bind_address: ").value(Ids.IP, values.ipv4()).append("\n");
        b.line("aws:");
        b.append("  access_key_id: ").line(values.awsAccessKeyId());
        b.append("  secret_access_key: ").value(Ids.AWS_SECRET, values.awsSecretKey()).append("\n");
        b.line("docs_example:");
        b.line("  # copied from the AWS documentation; not a real key");
        b.append("  aws_secret_access_key: ").value(null, "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY").append("\n");
        b.line("notifications:");
        b.append("  owner: ").value(Ids.EMAIL, p.email()).append("\n");
        b.append("  artifact_checksum: ").line(values.hex(32));
        b.line("tls:");
        b.line("  private_key: |");
        for (String keyLine : values.pkcsKey().split("\n")) {
            if (keyLine.startsWith("-----BEGIN")) {
                b.append("    ").value(Ids.PKCS, keyLine).append("\n");
            } else {
                b.line("    " + keyLine);
            }
        }
        return b.toFile(path);
    }

    /** A key file of one of the four private-key kinds; {@code tag} makes its name unique. */
    GeneratedFile keyFile(String dir, String tag) {
        return switch (rnd.nextInt(4)) {
            case 0 -> single(dir + "/id_ed25519_" + tag, Ids.OPENSSH, values.opensshKey());
            case 1 -> single(dir + "/signing-" + tag + ".asc", Ids.PGP, values.pgpKey());
            case 2 -> single(dir + "/server-" + tag + ".key", Ids.PKCS, values.pkcsKey());
            default -> single(dir + "/deploy-" + tag + ".ppk", Ids.PUTTY, values.puttyKey());
        };
    }

    private GeneratedFile single(String path, String identifier, String value) {
        return new TextBuilder(true).value(identifier, value).append("\n").toFile(path);
    }

    /** An HTML customer page: one table row per fact, filler rows between. */
    GeneratedFile html(String path, String country, int persons) {
        TextBuilder b = new TextBuilder(true);
        b.line("<!DOCTYPE html>").line("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Customer profiles</title></head>");
        b.line("<body>").line("<h1>Customer profiles</h1>");
        for (int i = 0; i < persons; i++) {
            Person p = people.next(country);
            b.line("<h2>" + escape(p.fullName()) + "</h2>").line("<table class=\"profile\">");
            for (Fact f : facts.of(p, true)) {
                b.append("  <tr><th>").append(f.label()).append("</th><td>").value(f.identifier(), f.value()).line("</td></tr>");
                b.line("  <tr><td colspan=\"2\">" + facts.filler() + "</td></tr>");
            }
            b.line("</table>");
        }
        b.line("</body></html>");
        return b.toFile(path);
    }

    /** An XML export: one element per fact. */
    GeneratedFile xml(String path, String country, int persons) {
        TextBuilder b = new TextBuilder(true);
        b.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").line("<customers>");
        for (int i = 0; i < persons; i++) {
            Person p = people.next(country);
            b.line("  <customer id=\"" + p.id() + "\">");
            for (Fact f : facts.of(p, true)) {
                b.append("    <field name=\"").append(f.label()).append("\">").value(f.identifier(), f.value()).line("</field>");
                b.line("    <!-- " + facts.filler() + " -->");
            }
            b.line("  </customer>");
        }
        b.line("</customers>");
        return b.toFile(path);
    }

    /** A Markdown runbook: prose, a contact list, leaked credentials in code blocks, decoys. */
    GeneratedFile markdown(String path, String country, int sections) {
        TextBuilder b = new TextBuilder(true);
        b.line("# Operations runbook").line("");
        for (int i = 0; i < sections; i++) {
            Person p = people.next(country);
            b.line("## Incident follow-up").line("").line(facts.filler()).line("");
            b.append("- Owner: ").value(Ids.EMAIL, p.email()).append("\n");
            Fact d = facts.decoy();
            b.append("- Tracking ").append(d.label()).append(": ").value(null, d.value()).append("\n").line("");
            b.line(facts.filler()).line("");
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    b.line("```bash");
                    b.append("export AWS_SECRET_ACCESS_KEY=").value(Ids.AWS_SECRET, values.awsSecretKey()).append("\n");
                    b.line("```");
                }
                case 1 -> {
                    b.line("```http");
                    b.line("GET /internal/report HTTP/1.1");
                    b.value(Ids.BASIC_AUTH, values.basicAuthHeader(People.ascii(p.lastName()))).append("\n");
                    b.line("```");
                }
                default -> {
                    b.line("```");
                    b.append("curl -H 'Authorization: Bearer ").value(Ids.JWT, values.jwt(p.id())).append("' https://api.example.com/v1/me\n");
                    b.line("```");
                }
            }
            b.line("");
        }
        return b.toFile(path);
    }

    /** An RFC 5322 e-mail in plain 7-bit text. Labels carry counts only: e-mail extraction may reflow headers and body. */
    GeneratedFile eml(String path, String country) {
        TextBuilder b = new TextBuilder(false);
        Person from = people.next(country);
        Person to = people.next(country);
        b.append("From: ").append(from.fullName()).append(" <").value(Ids.EMAIL, from.email()).append(">\n");
        b.append("To: ").append(to.fullName()).append(" <").value(Ids.EMAIL, to.email()).append(">\n");
        b.line("Subject: Updated details for your account");
        b.line("Date: Tue, 10 Nov 2026 09:3" + rnd.nextInt(10) + ":00 +0000");
        b.line("MIME-Version: 1.0").line("Content-Type: text/plain; charset=us-ascii").line("Content-Transfer-Encoding: 7bit").line("");
        b.line("Hello " + People.ascii(to.firstName()) + ",").line("").line(facts.filler()).line("");
        for (Fact f : facts.of(to, true)) {
            b.fact(f, ": ").append("\n").line(facts.filler());
        }
        b.line("").line("Kind regards,").line(from.fullName());
        return b.toFile(path);
    }

    /** A document of nothing but hard negatives (build manifests, checksums, test fixtures). */
    GeneratedFile decoys(String path, int lines) {
        TextBuilder b = new TextBuilder(true);
        b.line("# build manifest and test fixtures (no customer data)");
        for (int i = 0; i < lines; i++) {
            Fact d = facts.decoy();
            b.append(d.label()).append(": ").value(null, d.value()).append("\n").line(facts.filler());
        }
        return b.toFile(path);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
