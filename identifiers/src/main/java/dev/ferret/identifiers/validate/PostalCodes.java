package dev.ferret.identifiers.validate;

import java.util.Map;
import java.util.Set;

/**
 * Which postcodes exist and which belong to a state or province, for the eight countries whose addresses Macie finds
 * (AU, CA, DE, ES, FR, IT, UK, US). The tables are the postal services' published allocations: US ZIP prefixes
 * (first three digits) per state, the first letter of Canadian postal codes per province, Australian postcode ranges
 * per state, the UK postcode areas, and the leading digits in use in the five-digit European systems.
 */
final class PostalCodes {

    /** US state (and DC, territories, military "states") → first-three-digit ranges, inclusive. */
    private static final Map<String, int[]> US_ZIP3 = Map.ofEntries(
            Map.entry("AL", new int[]{350, 369}), Map.entry("AK", new int[]{995, 999}),
            Map.entry("AZ", new int[]{850, 865}), Map.entry("AR", new int[]{716, 729, 755, 755}),
            Map.entry("CA", new int[]{900, 961}), Map.entry("CO", new int[]{800, 816}),
            Map.entry("CT", new int[]{60, 69}), Map.entry("DE", new int[]{197, 199}),
            Map.entry("DC", new int[]{200, 205, 569, 569}), Map.entry("FL", new int[]{320, 349}),
            Map.entry("GA", new int[]{300, 319, 398, 399}), Map.entry("HI", new int[]{967, 968}),
            Map.entry("ID", new int[]{832, 838}), Map.entry("IL", new int[]{600, 629}),
            Map.entry("IN", new int[]{460, 479}), Map.entry("IA", new int[]{500, 528}),
            Map.entry("KS", new int[]{660, 679}), Map.entry("KY", new int[]{400, 427}),
            Map.entry("LA", new int[]{700, 714}), Map.entry("ME", new int[]{39, 49}),
            Map.entry("MD", new int[]{206, 219}), Map.entry("MA", new int[]{10, 27, 55, 55}),
            Map.entry("MI", new int[]{480, 499}), Map.entry("MN", new int[]{550, 567}),
            Map.entry("MS", new int[]{386, 397}), Map.entry("MO", new int[]{630, 658}),
            Map.entry("MT", new int[]{590, 599}), Map.entry("NE", new int[]{680, 693}),
            Map.entry("NV", new int[]{889, 898}), Map.entry("NH", new int[]{30, 38}),
            Map.entry("NJ", new int[]{70, 89}), Map.entry("NM", new int[]{870, 884}),
            Map.entry("NY", new int[]{5, 5, 63, 63, 100, 149}), Map.entry("NC", new int[]{270, 289}),
            Map.entry("ND", new int[]{580, 588}), Map.entry("OH", new int[]{430, 459}),
            Map.entry("OK", new int[]{730, 749}), Map.entry("OR", new int[]{970, 979}),
            Map.entry("PA", new int[]{150, 196}), Map.entry("RI", new int[]{28, 29}),
            Map.entry("SC", new int[]{290, 299}), Map.entry("SD", new int[]{570, 577}),
            Map.entry("TN", new int[]{370, 385}), Map.entry("TX", new int[]{733, 733, 750, 799, 885, 885}),
            Map.entry("UT", new int[]{840, 847}), Map.entry("VT", new int[]{50, 59}),
            Map.entry("VA", new int[]{201, 201, 220, 246}), Map.entry("WA", new int[]{980, 994}),
            Map.entry("WV", new int[]{247, 268}), Map.entry("WI", new int[]{530, 549}),
            Map.entry("WY", new int[]{820, 831}), Map.entry("PR", new int[]{6, 7, 9, 9}),
            Map.entry("VI", new int[]{8, 8}), Map.entry("GU", new int[]{969, 969}),
            Map.entry("AA", new int[]{340, 340}), Map.entry("AE", new int[]{90, 98}),
            Map.entry("AP", new int[]{962, 966}));

    /** Canadian province or territory → first letters of its postal codes. */
    private static final Map<String, String> CA_FIRST_LETTERS = Map.ofEntries(
            Map.entry("NL", "A"), Map.entry("NS", "B"), Map.entry("PE", "C"), Map.entry("NB", "E"),
            Map.entry("QC", "GHJ"), Map.entry("ON", "KLMNP"), Map.entry("MB", "R"), Map.entry("SK", "S"),
            Map.entry("AB", "T"), Map.entry("BC", "V"), Map.entry("NT", "X"), Map.entry("NU", "X"), Map.entry("YT", "Y"));

    /** Australian state or territory → postcode ranges, inclusive. */
    private static final Map<String, int[]> AU_RANGES = Map.of(
            "NSW", new int[]{1000, 2599, 2619, 2899, 2921, 2999},
            "ACT", new int[]{200, 299, 2600, 2618, 2900, 2920},
            "VIC", new int[]{3000, 3999, 8000, 8999},
            "QLD", new int[]{4000, 4999, 9000, 9999},
            "SA", new int[]{5000, 5999},
            "WA", new int[]{6000, 6999},
            "TAS", new int[]{7000, 7999},
            "NT", new int[]{800, 999});

    private static final Set<String> UK_AREAS = Set.of(
            "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO",
            "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX",
            "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV",
            "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N",
            "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S",
            "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN",
            "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE");

    /** German leading digits not allocated to any region. */
    private static final Set<String> DE_UNUSED = Set.of("00", "05", "43", "62");

    private PostalCodes() {
    }

    static boolean usZipMatchesState(String state, String zip) {
        int[] ranges = US_ZIP3.get(state);
        return ranges != null && inRanges(Integer.parseInt(zip.substring(0, 3)), ranges);
    }

    static boolean caPostalCodeMatchesProvince(String province, char firstLetter) {
        String letters = CA_FIRST_LETTERS.get(province);
        return letters != null && letters.indexOf(firstLetter) >= 0;
    }

    static boolean auPostcodeMatchesState(String state, String postcode) {
        int[] ranges = AU_RANGES.get(state);
        return ranges != null && inRanges(Integer.parseInt(postcode), ranges);
    }

    static boolean isUkArea(String area) {
        return UK_AREAS.contains(area);
    }

    /** Whether a five-digit code is in use in that country's system (FR, DE, ES or IT). */
    static boolean fiveDigitCodeExists(String country, String code) {
        int department = Integer.parseInt(code.substring(0, 2));
        return switch (country) {
            case "FR" -> department >= 1 && department <= 95 || code.startsWith("97") || code.startsWith("98");
            case "DE" -> !DE_UNUSED.contains(code.substring(0, 2)) && !code.equals("99999");
            case "ES" -> department >= 1 && department <= 52;
            case "IT" -> {
                int n = Integer.parseInt(code);
                yield n >= 10 && n <= 98168;
            }
            default -> false;
        };
    }

    private static boolean inRanges(int value, int[] ranges) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (value >= ranges[i] && value <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
