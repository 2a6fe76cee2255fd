package org.marigold.library;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.marigold.platform.Text;

/**
 * What someone looks for in a library: words (each must appear in the title, description or tags), a kind, a tag,
 * a list, who added it, the meeting it was found in; and an order.
 */
public record LibraryQuery(String text, ResourceKind kind, String tag, Order order, Long listId, Long addedBy,
                           Long meetingId) implements Serializable {

    /** At most this many words are looked for; a search is a few words, not a paragraph. */
    public static final int MOST_WORDS = 6;

    /** Counting matches of words or a tag stops here; a search that finds more says "more than 1 000". */
    public static final int COUNT_LIMIT = 1000;

    public enum Order { NEWEST, TITLE, MOST_USED, MOST_HELPFUL }

    /** How many resources match: exactly {@code value}, or more than it when {@code moreThan}. */
    public record Count(long value, boolean moreThan) implements Serializable {
    }

    /** Whether this query looks through text (words, or a tag), whose count is bounded. */
    public boolean searchesText() {
        return !words().isEmpty() || normalisedTag() != null;
    }

    public LibraryQuery(String text, ResourceKind kind, String tag, Order order) {
        this(text, kind, tag, order, null, null, null);
    }

    public static LibraryQuery everything() {
        return new LibraryQuery(null, null, null, Order.NEWEST);
    }

    /** The words typed, folded as resources' search text is (see {@link SearchText}). */
    public List<String> words() {
        return SearchText.words(text, MOST_WORDS);
    }

    /** The tag asked for as tags are kept: lower case, without the "#" people type before a tag. */
    public String normalisedTag() {
        String typed = Text.orNull(tag);
        return typed == null ? null : Text.orNull(Tags.withoutHash(typed).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    public Order orderOrNewest() {
        return order == null ? Order.NEWEST : order;
    }
}
