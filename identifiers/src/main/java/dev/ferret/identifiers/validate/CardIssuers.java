package dev.ferret.identifiers.validate;

import java.util.List;

/**
 * The issuer prefix (IIN) ranges and lengths of the card brands Macie names: American Express, Dankort, Diners Club,
 * Discover, Visa Electron, JCB, Mastercard, UnionPay and Visa.
 */
final class CardIssuers {

    /** Numbers starting with a prefix in {@code [low, high]} (same number of digits) and of a length in [minLength, maxLength]. */
    private record Range(String low, String high, int minLength, int maxLength) {
        boolean covers(String pan) {
            if (pan.length() < minLength || pan.length() > maxLength || pan.length() < low.length()) {
                return false;
            }
            String prefix = pan.substring(0, low.length());
            return prefix.compareTo(low) >= 0 && prefix.compareTo(high) <= 0;
        }
    }

    private static final List<Range> RANGES = List.of(
            new Range("34", "34", 15, 15), new Range("37", "37", 15, 15),           // American Express
            new Range("5019", "5019", 16, 16),                                      // Dankort
            new Range("300", "305", 14, 19), new Range("3095", "3095", 14, 19),     // Diners Club
            new Range("36", "36", 14, 19), new Range("38", "39", 14, 19),
            new Range("6011", "6011", 16, 19), new Range("644", "649", 16, 19),     // Discover
            new Range("65", "65", 16, 19),
            new Range("3528", "3589", 16, 19),                                      // JCB
            new Range("51", "55", 16, 16), new Range("2221", "2720", 16, 16),       // Mastercard
            new Range("62", "62", 16, 19),                                          // UnionPay (and Discover co-brands)
            new Range("4", "4", 13, 19));                                           // Visa, Visa Electron

    private CardIssuers() {
    }

    static boolean isKnown(String pan) {
        for (Range r : RANGES) {
            if (r.covers(pan)) {
                return true;
            }
        }
        return false;
    }
}
