package org.marigold.platform;

/** How typed text is kept: surrounding spaces dropped, and blank text means nothing was given. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding spaces, or null when nothing but spaces was typed. */
    public static String orNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * What someone wrote for others to read (a question, a note, a comment): without surrounding spaces, never blank,
     * at most {@code most} characters. Refused on {@code field} with the messages {@code <messages>.empty} and
     * {@code <messages>.tooLong}.
     */
    public static String written(String typed, int most, String field, String messages) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw Rejected.onField(field, messages + ".empty");
        }
        if (text.length() > most) {
            throw Rejected.onField(field, messages + ".tooLong", most);
        }
        return text;
    }

    /** The distinct words typed into a search box, lower-cased, without % and _ (which LIKE would read as wildcards). */
    public static java.util.List<String> searchWords(String typed, int most) {
        String text = orNull(typed);
        if (text == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(withoutWildcards(text.toLowerCase(java.util.Locale.ROOT)).split("\\s+"))
                .filter(word -> !word.isBlank()).distinct().limit(most).toList();
    }

    /** Typed % and _ are not wildcards: they are dropped. */
    public static String withoutWildcards(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
