package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.Locale;
import java.util.Set;

/**
 * An e-mail address whose local part neither starts nor ends with a dot nor holds two in a row, whose domain labels
 * neither start nor end with a hyphen, and whose "top-level domain" is not a file extension (which catches asset names
 * such as {@code logo@2x.png}).
 */
public final class EmailAddressValidator implements Validator {

    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "css", "js", "mjs", "ts", "map",
            "json", "xml", "txt", "htm", "html", "pdf", "woff", "woff2", "ttf", "eot", "mp3", "mp4", "wav");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        int at = value.lastIndexOf('@');
        // RFC 5321 sizes: the pattern leaves them open so that Hyperscan can report start offsets cheaply
        if (at <= 0 || at > 64 || value.length() > 254) {
            return false;
        }
        String local = value.substring(0, at);
        String tld = value.substring(value.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return !local.startsWith(".") && !local.endsWith(".") && !local.contains("..")
                && !FILE_EXTENSIONS.contains(tld) && labelsWellFormed(value.substring(at + 1));
    }

    private static boolean labelsWellFormed(String domain) {
        for (String label : domain.split("\\.")) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        return true;
    }
}
