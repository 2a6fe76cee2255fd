package org.marigold.meeting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.TransitionAction;
import org.marigold.platform.ApiError;
import org.marigold.meeting.record.RecordJson;
import org.marigold.meeting.record.RecordMarkdown;
import org.marigold.meeting.record.RecordService;

@Path("meetings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Meetings")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    RecordService records;

    @GET
    @Path("state")
    @Operation(summary = "Where the meeting stands: status, phase, remaining time (members and guests of its community)")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(schema = @Schema(implementation = MeetingState.class)))
    @APIResponse(responseCode = "403", description = "Not a member", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MeetingState state(@PathParam("id") long id) {
        return MeetingState.of(meetings.open(caller(), id).meeting(), clock.instant());
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A facilitator moves the meeting: open, start, next, previous, pause, resume, add-minutes, end, stay (in a phase that would move on by itself), close-groups (breakout groups close once warned)")
    @APIResponse(responseCode = "200", description = "The new state", content = @Content(schema = @Schema(implementation = MeetingState.class)))
    @APIResponse(responseCode = "400", description = "Unknown action, or not possible now", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a facilitator of this meeting", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "expectedPhase (or expectedPlannedSeconds) is stale: someone moved the meeting or added minutes first", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MeetingState transition(@PathParam("id") long id, TransitionRequest request) {
        if (request == null || request.action() == null || request.expectedPhase() == null) {
            throw new BadRequestException("Give an action and the expectedPhase.");
        }
        TransitionAction action;
        try {
            action = TransitionAction.valueOf(request.action().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown action: " + request.action());
        }
        if (action == TransitionAction.ADD_MINUTES && request.expectedPlannedSeconds() == null) {
            throw new BadRequestException("Adding minutes names the expectedPlannedSeconds it extends.");
        }
        SeenRun seen = request.expectedPlannedSeconds() == null ? SeenRun.atPhase(request.expectedPhase())
                : new SeenRun(request.expectedPhase(), request.expectedPlannedSeconds());
        return MeetingState.of(meetings.transition(caller(), id, action, seen,
                request.minutes() == null ? 0 : request.minutes()), clock.instant());
    }

    @GET
    @Path("record")
    @Operation(summary = "The meeting's record in phase order: problem, questions and answers, breakout notes and finds, recommendations, reflection, takeaways")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = RecordJson.class)))
    @APIResponse(responseCode = "403", description = "Not a member", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RecordJson record(@PathParam("id") long id) {
        return RecordJson.of(records.record(caller(), id));
    }

    @GET
    @Path("record.md")
    @Produces("text/markdown")
    @Operation(summary = "The meeting's record as Markdown, in the reader's language")
    @APIResponse(responseCode = "200", description = "Markdown, UTF-8")
    @APIResponse(responseCode = "403", description = "Not a member", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response recordMarkdown(@PathParam("id") long id) {
        Account reader = currentUser.requireForApi();
        String markdown = RecordMarkdown.write(records.record(reader.getId(), id), reader.getLanguage(), reader.getTimeZone());
        return Response.ok(markdown, "text/markdown; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + "-record.md\"").build();
    }

    private long caller() {
        return currentUser.requireForApi().getId();
    }
}
