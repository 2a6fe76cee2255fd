package org.marigold.schedule.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.ApiError;
import org.marigold.schedule.MeetingCalendar;

/**
 * One meeting as an iCalendar file, at the meeting's own address: calendars are the schedule feature's, which reads the
 * meeting from the meeting feature (the meeting feature knows nothing of calendars).
 */
@Path("meetings/{id}/calendar.ics")
@RequestScoped
@Tag(name = "Meetings")
public class MeetingCalendarResource {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Produces("text/calendar")
    @Operation(summary = "The meeting as an iCalendar file, to add to a calendar (members and guests of its community)")
    @APIResponse(responseCode = "200", description = "An .ics file with one event, in the community's time zone")
    @APIResponse(responseCode = "403", description = "Not a member", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response calendar(@PathParam("id") long id, @Context UriInfo uri) {
        Meeting meeting = meetings.open(currentUser.requireForApi().getId(), id).meeting();
        String ics = MeetingCalendar.write(meeting.getCommunity().getName(), List.of(MeetingCalendar.entry(meeting, uri.getBaseUri())), clock.instant());
        return Response.ok(ics).header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"")
                .header("Cache-Control", "no-store").build();
    }
}
