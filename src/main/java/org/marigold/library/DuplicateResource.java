package org.marigold.library;

import org.marigold.platform.Rejected;

/** The library already holds this link or ISBN: the refusal names the resource that does, so the page can offer it. */
public class DuplicateResource extends Rejected {

    private final long existingId;

    DuplicateResource(String field, Resource existing) {
        super("resource.duplicate", field, existing.getTitle());
        this.existingId = existing.getId();
    }

    public long existingId() {
        return existingId;
    }
}
