package dev.ferret.corpus;

import java.util.ArrayList;
import java.util.List;

/** Builds a text document while keeping track of the 1-based line and column, so that planted values get locations. */
final class TextBuilder {

    private final StringBuilder text = new StringBuilder(8192);
    private final List<Label> labels = new ArrayList<>();
    private final boolean located;
    private int line = 1;
    private int column = 1;

    /** @param located whether labels carry line locations (false for formats that reflow text, such as e-mail) */
    TextBuilder(boolean located) {
        this.located = located;
    }

    TextBuilder append(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        text.append(s);
        return this;
    }

    TextBuilder line(String s) {
        return append(s).append("\n");
    }

    /** Appends a value; labels it when {@code identifier} is not null (null marks a hard negative). */
    TextBuilder value(String identifier, String value) {
        if (identifier != null) {
            labels.add(new Label("", identifier, located ? TruthLocation.line(line, column) : null));
        }
        return append(value);
    }

    /** Appends a fact as {@code label: value}. */
    TextBuilder fact(Fact fact, String separator) {
        return append(fact.label()).append(separator).value(fact.identifier(), fact.value());
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    List<Label> labels() {
        return labels;
    }

    GeneratedFile toFile(String path) {
        return new GeneratedFile(path, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), labels);
    }
}
