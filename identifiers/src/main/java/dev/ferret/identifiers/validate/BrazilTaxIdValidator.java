package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * Brazil's CPF ({@code 123.456.789-09}, 11 digits) and CNPJ ({@code 12.345.678/0001-95}, 14 digits): two check digits,
 * each {@code 11 − (Σ digit × weight) mod 11} (0 when the remainder is under 2), weights 2, 3, … from the right, cycling
 * back to 2 after 9 for the CNPJ. Numbers of one repeated digit pass the arithmetic but are never issued.
 */
public final class BrazilTaxIdValidator implements Validator {

    private final int length;
    private final int maxWeight;

    private BrazilTaxIdValidator(int length, int maxWeight) {
        this.length = length;
        this.maxWeight = maxWeight;
    }

    public static BrazilTaxIdValidator cpf() {
        return new BrazilTaxIdValidator(11, 11);
    }

    public static BrazilTaxIdValidator cnpj() {
        return new BrazilTaxIdValidator(14, 9);
    }

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String digits = Digits.stripped(value, "./- ");
        if (digits.length() != length || !Digits.allDigits(digits) || Digits.allSame(digits)) {
            return false;
        }
        return digits.equals(complete(digits.substring(0, length - 2)));
    }

    /** The payload with both check digits appended. */
    String complete(String payload) {
        String withFirst = payload + checkDigit(payload);
        return withFirst + checkDigit(withFirst);
    }

    private int checkDigit(String digits) {
        int r = WeightedSum.cyclingFromRight(digits, maxWeight) % 11;
        return r < 2 ? 0 : 11 - r;
    }
}
