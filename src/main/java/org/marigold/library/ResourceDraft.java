package org.marigold.library;

import java.util.Set;

/** What someone typed (or a CSV row held) to describe a resource, before the library's rules have checked it. */
public record ResourceDraft(ResourceKind kind, String title, String link, String isbn, String description, String tags,
                            Set<Audience> audience) {

    public ResourceDraft {
        audience = audience == null ? Set.of() : Set.copyOf(audience);
    }

    public ResourceDraft(ResourceKind kind, String title, String link, String isbn, String description, String tags) {
        this(kind, title, link, isbn, description, tags, Set.of());
    }
}
