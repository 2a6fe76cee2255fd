package org.marigold.community;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The short name of a community in its addresses: lower-case letters, digits and single hyphens. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a community address: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches();
    }

    /** A readable slug from a community's name: accents dropped, anything else turned into hyphens. */
    public static Slug fromName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (ascii.length() > MAX_LENGTH - 4) {
            ascii = ascii.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        return new Slug(ascii.isEmpty() ? "community" : ascii);
    }

    /** The n-th alternative when this slug is taken: {@code name-2}, {@code name-3}, ... */
    public Slug numbered(int n) {
        return new Slug(value + "-" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
