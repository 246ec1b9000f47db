package dev.ferret.s3.job;

import java.util.regex.Pattern;

/**
 * A key pattern in glob syntax: {@code *} matches within one key segment (no {@code /}), {@code **} matches across
 * segments, {@code ?} matches one character other than {@code /}, and {@code {a,b}} matches either alternative.
 * Everything else matches itself. Keys are matched as strings, not as paths, so the same pattern means the same thing on
 * every operating system and for keys that are not valid file names.
 */
public final class KeyGlob {

    private final String glob;
    private final Pattern pattern;

    private KeyGlob(String glob, Pattern pattern) {
        this.glob = glob;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException if a brace is not closed */
    public static KeyGlob of(String glob) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        regex.append(".*");
                        i++;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '{' -> {
                    regex.append("(?:");
                    depth++;
                }
                case '}' -> {
                    if (depth == 0) {
                        regex.append("\\}");
                    } else {
                        regex.append(')');
                        depth--;
                    }
                }
                case ',' -> regex.append(depth > 0 ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unclosed '{' in key pattern " + glob);
        }
        return new KeyGlob(glob, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public boolean matches(String key) {
        return pattern.matcher(key).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
