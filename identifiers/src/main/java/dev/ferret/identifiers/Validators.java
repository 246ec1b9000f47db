package dev.ferret.identifiers;

import java.util.Map;

/**
 * The validators that catalogue files refer to by name. A validator confirms a candidate; it never sees more than
 * the candidate text and whether a keyword is nearby.
 */
public final class Validators {

    private static final Map<String, Validator> BY_NAME = Map.ofEntries(
            Map.entry("none", Validator.ACCEPT_ALL));

    private Validators() {
    }

    public static Validator named(String name) {
        Validator v = BY_NAME.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown validator '" + name + "'; known: " + BY_NAME.keySet());
        }
        return v;
    }
}
