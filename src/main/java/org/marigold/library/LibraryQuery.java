package org.marigold.library;

import java.io.Serializable;
import org.marigold.platform.Text;

/** What someone looks for in a library: words (in title, description or tags), a kind, a tag, an order. */
public record LibraryQuery(String text, ResourceKind kind, String tag, Order order) implements Serializable {

    public enum Order { NEWEST, TITLE }

    public static LibraryQuery everything() {
        return new LibraryQuery(null, null, null, Order.NEWEST);
    }

    public String words() {
        return lowerCase(Text.orNull(text));
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    public String normalisedTag() {
        return lowerCase(Text.orNull(tag));
    }
}
