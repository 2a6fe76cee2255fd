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

    /** Reads "Equity, read-alouds,  K-3" as {equity, read-alouds, k-3}; refuses what cannot be a tag. */
    public static Tags parse(String typed) {
        Set<String> tags = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : typed.split(",")) {
                String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (tag.isEmpty()) {
                    continue;
                }
                if (tag.length() > LONGEST || !tag.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '&+-]*")) {
                    throw new IllegalArgumentException("Not a tag: " + part);
                }
                tags.add(tag);
            }
        }
        if (tags.size() > MOST) {
            throw new IllegalArgumentException("At most " + MOST + " tags");
        }
        return new Tags(new LinkedHashSet<>(tags));
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
