package org.marigold.library.api;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.Locale;
import org.marigold.library.LibraryCsv;
import org.marigold.library.ResourceDraft;
import org.marigold.library.ResourceKind;

/**
 * What a member sends to add or edit a resource: kind is LINK, ARTICLE, BOOK, VIDEO or PROTOCOL; audiences are named
 * as the resource's JSON gives them ("GRADES_3_5", "EDUCATORS"; any case, with spaces or hyphens).
 */
public record ResourceInput(String kind, String title, String url, String isbn, String description, List<String> tags,
                            List<String> audience) {

    /** The kind a client named, in any case; null when it named none; a 400 for an unknown one. */
    static ResourceKind kindNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ResourceKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown kind: " + name);
        }
    }

    String tagsOrNull() {
        return tags == null ? null : String.join(",", tags);
    }

    ResourceDraft draft() {
        return new ResourceDraft(kindNamed(kind), title, url, isbn, description, tagsOrNull(),
                audience == null ? null : LibraryCsv.audience(String.join(",", audience)));
    }
}
