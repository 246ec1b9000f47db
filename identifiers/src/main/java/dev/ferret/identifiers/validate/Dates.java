package dev.ferret.identifiers.validate;

/** Date parts embedded in identifiers (CURP, RFC). */
final class Dates {

    private Dates() {
    }

    /** Whether four ASCII digits {@code MMDD} are a month 01–12 and a day that month can have (29 February allowed). */
    static boolean isMonthDay(String mmdd) {
        if (!Digits.allDigits(mmdd) || mmdd.length() != 4) {
            return false;
        }
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2));
        int[] days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
    }
}
