package dev.ferret.corpus;

import java.util.List;
import java.util.Random;

/** Corpus values for the catalogue's national ID, tax ID, passport, driving licence and phone identifiers beyond the core set. */
final class IdentityCatalogueValues {

    private IdentityCatalogueValues() {
    }

    static List<CatalogueValues> all() {
        return List.of(
                new CatalogueValues("BRAZIL_CPF_NUMBER", List.of("CPF", "cadastro de pessoas físicas"), true,
                        IdentityCatalogueValues::cpf, IdentityCatalogueValues::cpfBadCheck));
    }

    private static String cpf(Random rnd) {
        String nine = digits(rnd, 9);
        String all = nine + CheckDigits.cpf(nine);
        return rnd.nextBoolean() ? all
                : all.substring(0, 3) + "." + all.substring(3, 6) + "." + all.substring(6, 9) + "-" + all.substring(9);
    }

    private static String cpfBadCheck(Random rnd) {
        String valid = cpf(rnd);
        int last = valid.charAt(valid.length() - 1) - '0';
        return valid.substring(0, valid.length() - 1) + (last + 1 + rnd.nextInt(9)) % 10;
    }

    static String digits(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }
}
