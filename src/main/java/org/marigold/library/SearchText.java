package org.marigold.library;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a library search compares: lower case without accents, so "strategies" finds "stratégies" and "espanol"
 * finds "español", on every database alike (the folding happens here, not in SQL). Typed {@code %} and {@code _} are
 * searched for as they are, never as wildcards.
 */
public final class SearchText {

    /** The longest text kept for searching a resource. */
    static final int LONGEST = 5000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** Lower case, accents and other combining marks dropped, the common ligatures and special letters spelled out. */
    public static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d");
    }

    /** A resource's title, description and tags as one searchable text. */
    public static String of(String title, String description, String tags) {
        String text = folded(title + " " + (description == null ? "" : description) + " " + (tags == null ? "" : tags));
        return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
    }

    /** The distinct words typed into the search box, folded. */
    public static List<String> words(String typed, int most) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(folded(typed.strip()).split("\\s+")).filter(word -> !word.isBlank()).distinct().limit(most).toList();
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching text that contains these characters exactly. */
    static String containing(String part) {
        return "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
