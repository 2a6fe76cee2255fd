package org.marigold.community.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.Slug;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.ApiError;

@Path("communities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Communities")
public class CommunityResource {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    /** The next meeting each community shows comes from the meeting feature. */
    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "The communities the caller may see: every listed one, and the private ones they belong to")
    public List<CommunityJson> list() {
        List<CommunityOverview> visible = communities.visible(currentUser.idOrNull());
        Map<Long, Meeting> next = meetings.next(visible.stream().map(o -> o.community().getId()).toList());
        return visible.stream().map(o -> CommunityJson.of(o, next.get(o.community().getId()))).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One community, with the caller's role and its next meeting")
    @APIResponse(responseCode = "200", description = "The community",
            content = @Content(schema = @Schema(implementation = CommunityJson.class)))
    @APIResponse(responseCode = "400", description = "Not a community address",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "A private community the caller does not belong to",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such community",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CommunityJson get(@PathParam("slug") String slug) {
        if (!Slug.isValid(slug)) {
            throw new BadRequestException("Not a community address: lower-case letters, digits and hyphens.");
        }
        CommunityOverview overview = communities.open(currentUser.idOrNull(), slug);
        return CommunityJson.of(overview, meetings.next(overview.community().getId()).orElse(null));
    }
}
