package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mailing address (Macie's {@code ADDRESS}): the candidate pattern has found a house number, a street with its type,
 * a place and a postcode shaped like one of the eight countries Macie covers. Confirmation checks, as Macie requires,
 * that the place and the postcode correspond:
 * <ul>
 *   <li>US: a real state code whose ZIP prefixes include the ZIP; CA: the postal code's first letter belongs to the
 *       province; AU: the postcode is in the state's range;</li>
 *   <li>UK: the postcode area exists, its inward part uses only the letters Royal Mail allows, and a listed post town
 *       before it owns the area;</li>
 *   <li>FR, DE, ES, IT (told apart by the street type: "rue …", "Via …", "Calle …", "…straße"): the five-digit code is
 *       in use in that country, and a listed city after it owns its leading digits.</li>
 * </ul>
 * The value reaches the validator only from that bounded pattern, so the regular expressions here run on short text.
 */
public final class AddressValidator implements Validator {

    private static final PostalPlaces PLACES = PostalPlaces.load();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern US_TAIL = Pattern.compile("[ ,]([A-Z]{2}) ([0-9]{5})(?:-[0-9]{4})?$");
    private static final Pattern CA_TAIL = Pattern.compile("[ ,]([A-Z]{2}) ([A-Z])[0-9][A-Z] ?[0-9][A-Z][0-9]$");
    private static final Pattern AU_TAIL = Pattern.compile("[ ,](NSW|VIC|QLD|SA|WA|TAS|NT|ACT) ([0-9]{4})$");
    private static final Pattern UK_TAIL = Pattern.compile("[ ,]([A-Z]{1,2})[0-9][A-Z0-9]? ?[0-9]([A-Z]{2})$");
    /** The postcode and place that end a French, German, Spanish or Italian address. */
    private static final Pattern FIVE_DIGIT_TAIL = Pattern.compile(
            "(?:^|[ ,])(?:D-)?([0-9]{5}) +(.+?)(?: \\([A-Z]{2}\\))?$");
    /** Street types that start a French, Italian or Spanish street name ("Av." is French and Spanish). */
    private static final Pattern FRENCH_STREET = Pattern.compile(
            "^(?:rue|avenue|av\\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours|square|passage|faubourg|promenade) ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ITALIAN_STREET = Pattern.compile(
            "^(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Lungotevere|Lungarno|Contrada|Borgo|Galleria|Salita|Vico) ");
    private static final Pattern SPANISH_STREET = Pattern.compile(
            "^(?:Calle|C/|Avenida|Avda\\.|Av\\.|Paseo|Plaza|Pza\\.|Carrer|Camino|Ronda|Travesía|Carretera|Gran Vía|Rambla|Passeig|Plaça|Glorieta) ");
    /** A German street: its first word ends in a street type ("Hauptstraße", "Goethestr.", "Lindenallee") or is one. */
    private static final Pattern GERMAN_STREET = Pattern.compile(
            "^[^ ]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad|graben|kai) ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Letters Royal Mail never uses in the last two characters of a postcode. */
    private static final Pattern UK_INWARD_UNUSED = Pattern.compile("[CIKMOV]");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String text = WHITESPACE.matcher(value).replaceAll(" ").strip();
        Matcher m;
        if ((m = US_TAIL.matcher(text)).find()) {
            return PostalCodes.usZipMatchesState(m.group(1), m.group(2));
        }
        if ((m = CA_TAIL.matcher(text)).find()) {
            return PostalCodes.caPostalCodeMatchesProvince(m.group(1), m.group(2).charAt(0));
        }
        if ((m = AU_TAIL.matcher(text)).find()) {
            return PostalCodes.auPostcodeMatchesState(m.group(1), m.group(2));
        }
        if ((m = UK_TAIL.matcher(text)).find()) {
            return isUkAddress(text.substring(0, m.start()), m.group(1), m.group(2));
        }
        if ((m = FIVE_DIGIT_TAIL.matcher(text)).find()) {
            String code = m.group(1);
            String city = m.group(2);
            return isAddressIn("FR", FRENCH_STREET, text, code, city) || isAddressIn("IT", ITALIAN_STREET, text, code, city)
                    || isAddressIn("ES", SPANISH_STREET, text, code, city) || isAddressIn("DE", GERMAN_STREET, text, code, city);
        }
        return false;
    }

    private static boolean isUkAddress(String beforePostcode, String area, String inward) {
        if (!PostalCodes.isUkArea(area) || UK_INWARD_UNUSED.matcher(inward).find()) {
            return false;
        }
        String town = PLACES.cityAtEnd("UK", beforePostcode.replaceFirst(",$", ""));
        return town == null || PLACES.ownsExactly("UK", town, area);
    }

    /** Whether the street names a street of that country and the postcode exists there and fits the city. */
    private static boolean isAddressIn(String country, Pattern street, String text, String code, String city) {
        return street.matcher(text).find() && PostalCodes.fiveDigitCodeExists(country, code)
                && PLACES.consistent(country, city, code);
    }
}
