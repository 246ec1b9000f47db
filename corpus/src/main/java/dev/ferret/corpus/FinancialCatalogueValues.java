package dev.ferret.corpus;

import java.util.List;
import java.util.Random;

/** Corpus values for the catalogue's financial, health, vehicle and credential identifiers beyond the core set. */
final class FinancialCatalogueValues {

    private FinancialCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        return List.of(
                new CatalogueValues("VEHICLE_IDENTIFICATION_NUMBER", List.of("VIN", "vehicle identification number",
                        "Fahrgestellnummer"), true, FinancialCatalogueValues::vin, FinancialCatalogueValues::vinBadCheck));
    }

    private static String vin(Random rnd) {
        String alphabet = CheckDigits.vinAlphabet();
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        sb.setCharAt(8, '0');
        sb.setCharAt(8, CheckDigits.vin(sb.toString()));
        return sb.toString();
    }

    private static String vinBadCheck(Random rnd) {
        String valid = vin(rnd);
        char check = valid.charAt(8);
        char wrong = check == 'X' ? (char) ('0' + rnd.nextInt(10)) : check == '9' ? 'X' : (char) (check + 1);
        return valid.substring(0, 8) + wrong + valid.substring(9);
    }
}
