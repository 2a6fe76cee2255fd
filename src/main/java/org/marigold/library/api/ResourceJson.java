package org.marigold.library.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.marigold.library.Audience;
import org.marigold.library.Resource;

/**
 * A library resource as the API shows it to one reader; uploaded files carry the address they download from. Who found
 * it in an anonymous meeting, and in which group, is left out ({@link Resource#addedByNameFor}).
 */
@JsonbNillable
public record ResourceJson(long id, String community, String kind, String title, String url, String isbn, String description,
                           List<String> tags, List<String> audience, String addedBy, Instant addedAt, FileJson file,
                           Long foundInMeeting, String foundInGroup, int helpful, int usedInMeetings) {

    /** An uploaded file: its name, checked content type, size in bytes, and where to download it. */
    public record FileJson(String name, String contentType, long size, String download) {
    }

    static ResourceJson of(Resource resource, Long readerId, UriInfo uri) {
        return new ResourceJson(resource.getId(), resource.getCommunity().getSlugValue(), resource.getKind().name(),
                resource.getTitle(), resource.getUrl(), resource.getIsbn(), resource.getDescription(), resource.getTags(),
                resource.getAudience().stream().map(Audience::name).toList(),
                resource.addedByNameFor(readerId), resource.getAddedAt(),
                resource.isFile() ? new FileJson(resource.getFileName(), resource.getContentType(), resource.getFileSize(),
                        fileAddress(uri, resource)) : null,
                resource.getFoundInMeeting() == null ? null : resource.getFoundInMeeting().getId(), resource.foundInGroupFor(readerId),
                resource.getHelpfulCount(), resource.getUsedCount());
    }

    static String fileAddress(UriInfo uri, Resource resource) {
        return uri.getBaseUriBuilder().path("resources").path(String.valueOf(resource.getId())).path("file").build().toString();
    }
}
