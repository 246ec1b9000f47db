package dev.ferret.identifiers.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cities and the postcode prefixes that belong to them ({@code gazetteers/postal-places.txt}), so that an address
 * naming a listed city is checked against its postcode. Cities not listed pass: the table vouches for what it knows.
 */
final class PostalPlaces {

    private static final String RESOURCE = "ferret/identifiers/gazetteers/postal-places.txt";

    /** country → folded city name → postcode prefixes. */
    private final Map<String, Map<String, List<String>>> byCountry;

    private PostalPlaces(Map<String, Map<String, List<String>>> byCountry) {
        this.byCountry = byCountry;
    }

    static PostalPlaces load() {
        Map<String, Map<String, List<String>>> byCountry = new HashMap<>();
        try (InputStream in = PostalPlaces.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": malformed line '" + line + "'");
                }
                List<String> prefixes = List.of(fields[2].strip().split(" +"));
                Map<String, List<String>> cities = byCountry.computeIfAbsent(fields[0].strip(), c -> new HashMap<>());
                for (String city : fields[1].split("/")) {
                    cities.put(Gazetteer.fold(city.strip()), prefixes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new PostalPlaces(byCountry);
    }

    /** Whether the city, if listed for the country, owns a prefix of the postcode. */
    boolean consistent(String country, String city, String postcode) {
        List<String> prefixes = byCountry.getOrDefault(country, Map.of()).get(Gazetteer.fold(city.strip()));
        return prefixes == null || prefixes.stream().anyMatch(postcode::startsWith);
    }

    /**
     * Whether the city, if listed for the country, has exactly this prefix: a UK post town owns whole postcode areas,
     * and "L" (Liverpool) must not vouch for "LS" (Leeds).
     */
    boolean ownsExactly(String country, String city, String prefix) {
        List<String> prefixes = byCountry.getOrDefault(country, Map.of()).get(Gazetteer.fold(city.strip()));
        return prefixes == null || prefixes.contains(prefix);
    }

    /**
     * The listed city that the text ends with (the place just before a UK postcode), or {@code null}. The longest
     * such name wins, so that "Newcastle upon Tyne" is not read as "Tyne".
     */
    String cityAtEnd(String country, String text) {
        String folded = Gazetteer.fold(text.strip());
        String best = null;
        for (String city : byCountry.getOrDefault(country, Map.of()).keySet()) {
            int at = folded.length() - city.length();
            if (folded.endsWith(city) && (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                    && (best == null || city.length() > best.length())) {
                best = city;
            }
        }
        return best;
    }
}
