package dev.ferret.identifiers;

/**
 * Computes the longest text a catalogue regex can match, for the subset the catalogue uses (literals, escapes,
 * classes, non-capturing groups, alternation and quantifiers. Unbounded quantifiers ({@code *}, {@code +},
 * {@code {n,}}) make the result {@link #UNBOUNDED}.
 */
final class MaxMatchLength {

    static final long UNBOUNDED = Long.MAX_VALUE;

    private final String regex;
    private int pos;

    private MaxMatchLength(String regex) {
        this.regex = regex;
    }

    static long of(String regex) {
        MaxMatchLength parser = new MaxMatchLength(regex);
        long length = parser.alternation();
        if (parser.pos != regex.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + parser.pos + " in " + regex);
        }
        return length;
    }

    private long alternation() {
        long longest = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private long sequence() {
        long total = 0;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            total = plus(total, quantified(atom()));
        }
        return total;
    }

    private long atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (!regex.startsWith("?:", pos)) {
                    throw new IllegalArgumentException("only (?:...) groups are allowed, at " + (pos - 1) + " in " + regex);
                }
                pos += 2;
                long inner = alternation();
                expect(')');
                return inner;
            }
            case '[' -> {
                skipClass();
                return 1;
            }
            case '\\' -> {
                char escaped = regex.charAt(pos++);
                return escaped == 'b' || escaped == 'B' ? 0 : 1;
            }
            case '^', '$' -> {
                return 0;
            }
            case '*', '+' -> throw new IllegalArgumentException("quantifier without an atom at " + (pos - 1) + " in " + regex);
            default -> {
                return 1;
            }
        }
    }

    private void skipClass() {
        if (regex.charAt(pos) == '^') {
            pos++;
        }
        if (regex.charAt(pos) == ']') {
            pos++;
        }
        while (regex.charAt(pos) != ']') {
            pos += regex.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
    }

    private long quantified(long atomLength) {
        if (pos >= regex.length()) {
            return atomLength;
        }
        char c = regex.charAt(pos);
        if (c == '?') {
            pos++;
            return atomLength;
        }
        if (c == '*' || c == '+') {
            pos++;
            return atomLength == 0 ? 0 : UNBOUNDED;
        }
        if (c != '{') {
            return atomLength;
        }
        int close = regex.indexOf('}', pos);
        String[] bounds = regex.substring(pos + 1, close).split(",", -1);
        pos = close + 1;
        if (bounds.length == 2 && bounds[1].isEmpty()) {
            return atomLength == 0 ? 0 : UNBOUNDED;
        }
        long times = Long.parseLong(bounds[bounds.length - 1]);
        return atomLength == UNBOUNDED && times > 0 ? UNBOUNDED : atomLength * times;
    }

    private static long plus(long a, long b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b;
    }

    private void expect(char c) {
        if (pos >= regex.length() || regex.charAt(pos) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + regex);
        }
        pos++;
    }
}
