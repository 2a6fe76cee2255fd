package org.marigold.meeting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.community.Slug;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingPage;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.ApiError;

/** A community's coming and past meetings over HTTP, for its members and guests. */
@Path("communities/{slug}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Meetings")
public class CommunityMeetingsResource {

    /** One meeting in a list; {@code record} is the address of its record once it has ended. */
    @JsonbNillable
    public record MeetingSummary(long id, String title, Instant startsAt, Instant endsAt, String status, String presenter, String problem,
                                 Long seriesId, URI state, URI calendar, URI record) {
    }

    /** One page of meetings (0-based), and how many match in all. */
    public record MeetingList(String when, List<MeetingSummary> items, int page, int size, long total) {
    }

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "A community's meetings: when=upcoming (soonest first, cancelled ones included) or when=past (latest first); "
            + "q searches past meetings' titles, problems of practice, protocols and presenters; 0-based pages")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MeetingList.class)))
    @APIResponse(responseCode = "400", description = "Malformed parameters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a member or guest of the community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MeetingList list(@PathParam("slug") String slug, @QueryParam("when") @DefaultValue("upcoming") String when,
                            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("20") int size, @Context UriInfo uri) {
        if (!Slug.isValid(slug)) {
            throw new BadRequestException("Not a community address.");
        }
        MeetingPage.When which;
        try {
            which = MeetingPage.When.valueOf(when.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("when is upcoming or past.");
        }
        if (page < 0 || size < 1 || size > MeetingPage.MOST_PER_PAGE) {
            throw new BadRequestException("page starts at 0; size is 1 to " + MeetingPage.MOST_PER_PAGE + ".");
        }
        long caller = currentUser.requireForApi().getId();
        MeetingPage found = meetings.find(caller, slug, which, q, page + 1, size);
        URI base = uri.getBaseUri();
        return new MeetingList(which.name().toLowerCase(Locale.ROOT), found.meetings().stream().map(m -> summary(m, base)).toList(), page, size,
                found.total());
    }

    private static MeetingSummary summary(Meeting m, URI api) {
        boolean ended = m.getStatus() == org.marigold.meeting.MeetingStatus.ENDED;
        return new MeetingSummary(m.getId(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getStatus().name(),
                m.getPresenter() == null ? null : m.getPresenter().getDisplayName(),
                m.getProblem() != null && m.getProblem().isWritten() ? m.getProblem().getTitle() : null, m.getSeriesId(),
                api.resolve("meetings/" + m.getId() + "/state"), api.resolve("meetings/" + m.getId() + "/calendar.ics"),
                ended ? api.resolve("meetings/" + m.getId() + "/record") : null);
    }
}
