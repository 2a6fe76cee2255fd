package org.marigold.library;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A resource's tags: lower-case words or short phrases, at most ten, typed as a comma-separated list. */
public record Tags(Set<String> values) {

    public static final int MOST = 10;
    public static final int LONGEST = 40;

    public Tags {
        values = Set.copyOf(values);
    }

    /**
     * Reads "Equity, #read-alouds,  K-3, ELL/ESL" as {equity, read-alouds, k-3, ell/esl}; refuses what cannot be a tag,
     * naming it.
     */
    public static Tags parse(String typed) {
        Set<String> tags = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : typed.split(",")) {
                String tag = withoutHash(part.strip()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (tag.isEmpty()) {
                    continue;
                }
                if (tag.length() > LONGEST || !tag.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '’&+./-]*")) {
                    throw new NotATag(part.strip());
                }
                tags.add(tag);
            }
        }
        if (tags.size() > MOST) {
            throw new NotATag(null);
        }
        return new Tags(new LinkedHashSet<>(tags));
    }

    /** "#equity", as people write tags elsewhere, is the tag "equity". */
    static String withoutHash(String tag) {
        return tag.startsWith("#") ? tag.substring(1).strip() : tag;
    }

    /** What was typed cannot be a tag ({@code tag}), or there are too many ({@code tag} is null). */
    public static final class NotATag extends IllegalArgumentException {

        private final String tag;

        NotATag(String tag) {
            super(tag == null ? "At most " + MOST + " tags" : "Not a tag: " + tag);
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    /** Stored as ",a,b," so that a search for one tag is a single LIKE ',tag,'. */
    public String stored() {
        return values.isEmpty() ? null : "," + String.join(",", sorted()) + ",";
    }

    public static Tags fromStored(String stored) {
        return stored == null ? new Tags(Set.of())
                : new Tags(new LinkedHashSet<>(Arrays.stream(stored.split(",")).filter(t -> !t.isBlank()).toList()));
    }

    public List<String> sorted() {
        return values.stream().sorted().toList();
    }
}
