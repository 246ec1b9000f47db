package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date of birth: a real calendar date (day within its month) whose year is plausible for a living person (1900 to
 * this year; a two-digit year is read as 19yy or 20yy). Numeric dates may be year-first, day-first or month-first; a
 * day-first or month-first date passes if either reading is a real date. Month names and abbreviations are read in
 * English. A time after an ISO date is ignored.
 */
public final class DateOfBirthValidator implements Validator {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final int EARLIEST_YEAR = 1900;
    private static final Pattern ISO_DATE_TIME = Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2})T.*$", Pattern.DOTALL);

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String date = ISO_DATE_TIME.matcher(value).replaceFirst("$1").toLowerCase(Locale.ROOT);
        List<String> numbers = new ArrayList<>();
        int month = 0;
        for (String token : date.split("[^a-z0-9]+")) {
            if (token.isEmpty() || token.equals("of")) {
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                numbers.add(token.replaceAll("(st|nd|rd|th)$", ""));
            } else {
                month = monthNumber(token);
                if (month == 0) {
                    return false;
                }
            }
        }
        if (month > 0) {
            return numbers.size() == 2 && isNamedMonthDate(numbers, month);
        }
        return numbers.size() == 3 && isNumericDate(numbers) && separatorsConsistent(date);
    }

    private static boolean isNamedMonthDate(List<String> numbers, int month) {
        String a = numbers.get(0);
        String b = numbers.get(1);
        return a.length() == 4 ? isDate(a, month, b) : isDate(b, month, a);
    }

    private static boolean isNumericDate(List<String> numbers) {
        String a = numbers.get(0);
        String b = numbers.get(1);
        String c = numbers.get(2);
        if (a.length() == 4) {
            return isDate(a, Integer.parseInt(b), c);
        }
        return isDate(c, Integer.parseInt(a), b) || isDate(c, Integer.parseInt(b), a);
    }

    private static boolean isDate(String year, int month, String day) {
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        List<Integer> years = year.length() == 2
                ? List.of(1900 + Integer.parseInt(year), 2000 + Integer.parseInt(year))
                : List.of(Integer.parseInt(year));
        for (int y : years) {
            if (y < EARLIEST_YEAR || y > thisYear) {
                continue;
            }
            try {
                LocalDate.of(y, month, Integer.parseInt(day));
                return true;
            } catch (DateTimeException notADate) {
                // try the other century
            }
        }
        return false;
    }

    private static int monthNumber(String token) {
        if (token.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (token.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Numeric dates use one separator throughout ({@code 12/03/1985}, not {@code 12/03-1985}). */
    private static boolean separatorsConsistent(String date) {
        return date.replaceAll("[0-9]", "").chars().distinct().count() <= 1;
    }
}
