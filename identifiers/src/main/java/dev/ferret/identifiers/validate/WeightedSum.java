package dev.ferret.identifiers.validate;

/** Weighted digit sums, the core of most national check-digit schemes (mod 11, mod 10, mod 23 variants). */
final class WeightedSum {

    private WeightedSum() {
    }

    /** Σ digit[i] × weights[i], digits and weights aligned from the left; {@code digits} may be shorter than the weights. */
    static int of(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /**
     * Σ digit × weight with weights 2, 3, … {@code maxWeight}, 2, 3, … counted from the rightmost digit (the scheme of
     * Chile's RUT, Brazil's CPF/CNPJ and São Paulo's RG).
     */
    static int cyclingFromRight(String digits, int maxWeight) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == maxWeight ? 2 : weight + 1;
        }
        return sum;
    }
}
