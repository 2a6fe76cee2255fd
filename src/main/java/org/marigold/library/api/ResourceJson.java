package org.marigold.library.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.marigold.library.Resource;

/** A library resource as the API shows it. */
@JsonbNillable
public record ResourceJson(long id, String community, String kind, String title, String url, String isbn, String description,
                           List<String> tags, String addedBy, Instant addedAt) {

    static ResourceJson of(Resource resource) {
        return new ResourceJson(resource.getId(), resource.getCommunity().getSlugValue(), resource.getKind().name(),
                resource.getTitle(), resource.getUrl(), resource.getIsbn(), resource.getDescription(), resource.getTags(),
                resource.getAddedBy() == null ? null : resource.getAddedBy().getDisplayName(), resource.getAddedAt());
    }
}
