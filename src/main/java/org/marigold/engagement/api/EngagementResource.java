package org.marigold.engagement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.community.Slug;
import org.marigold.engagement.EngagementCsv;
import org.marigold.engagement.EngagementSeries;
import org.marigold.engagement.EngagementService;
import org.marigold.engagement.Participation;
import org.marigold.platform.ApiError;

/**
 * A community's engagement over HTTP: the series as JSON for its admins, each dashboard table as CSV for its
 * facilitators, and each person's own history (nobody else's).
 */
@Path("communities/{slug}/engagement")
@RequestScoped
@Tag(name = "Engagement")
public class EngagementResource {

    /** The series for a span: one line per ended meeting, the totals, and how many members stopped coming. */
    public record EngagementJson(LocalDate from, LocalDate to, List<MeetingJson> meetings, Map<Participation, Long> participation,
                                 int lapsedMembers, List<EngagementService.Tally> lenses, List<EngagementService.Tally> resources) {
    }

    public record MeetingJson(long id, String title, Instant startsAt, int participants, int members, int guests, int newcomers,
                              int returning, int saidYes, int saidMaybe, int saidNo, int saidYesAndCame,
                              Map<Participation, Long> participation) {

        static MeetingJson of(EngagementSeries.MeetingRow m) {
            return new MeetingJson(m.id(), m.title(), m.startsAt(), m.participants(), m.members(), m.guests(), m.newcomers(), m.returning(),
                    m.saidYes(), m.saidMaybe(), m.saidNo(), m.saidYesAndCame(), m.participation());
        }
    }

    public record HistoryJson(List<HistoryMeetingJson> meetings, List<String> badges) {
    }

    public record HistoryMeetingJson(long meetingId, String title, Instant startsAt, Instant arrived, int minutes, boolean presented,
                                     Map<Participation, Long> contributions) {
    }

    @Inject
    EngagementService engagement;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The community's engagement series between two dates (ISO, in its time zone; the past year if none): "
            + "participants per meeting, new and returning, guests, RSVP beside attendance, contributions by kind; for its admins")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = EngagementJson.class)))
    @APIResponse(responseCode = "400", description = "A date that is not one, or a span that ends before it begins",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an admin of the community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EngagementJson series(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to) {
        long caller = caller(slug);
        communities.require(communities.community(slug), caller, Role.ADMIN);
        EngagementService.Dashboard dashboard = engagement.dashboard(caller, slug, date(from, "from"), date(to, "to"));
        return new EngagementJson(dashboard.from(), dashboard.to(), dashboard.series().meetings().stream().map(MeetingJson::of).toList(),
                dashboard.series().participation(), dashboard.series().lapsed().size(), dashboard.lenses(), dashboard.resources());
    }

    @GET
    @Path("{table}.csv")
    @Produces("text/csv")
    @Operation(summary = "One table of the dashboard as CSV: meetings, participation, lapsed, lenses or resources; for facilitators")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8 with a byte-order mark")
    @APIResponse(responseCode = "403", description = "Not a facilitator of the community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such table", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response table(@PathParam("slug") String slug, @PathParam("table") String table, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        long caller = caller(slug);
        EngagementCsv.Table which;
        try {
            which = EngagementCsv.Table.valueOf(table.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such table: meetings, participation, lapsed, lenses or resources.");
        }
        EngagementService.Dashboard dashboard = engagement.dashboard(caller, slug, date(from, "from"), date(to, "to"));
        return csv(EngagementCsv.of(which, dashboard), slug + "-" + table + "-" + dashboard.from() + "-" + dashboard.to() + ".csv");
    }

    @GET
    @Path("people/{person}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person's own history in the community: meetings, minutes, contributions, badges; only for that person")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = HistoryJson.class)))
    @APIResponse(responseCode = "403", description = "Someone else's history", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HistoryJson history(@PathParam("slug") String slug, @PathParam("person") long person) {
        EngagementService.History history = engagement.history(caller(slug), slug, person);
        return new HistoryJson(history.meetings().stream().map(h -> new HistoryMeetingJson(h.meeting().getId(), h.meeting().getTitle(),
                h.meeting().getStartsAt(), h.firstJoined(), h.minutes(), h.presented(), h.mine())).toList(),
                history.badges().stream().map(b -> b.getCode()).toList());
    }

    @GET
    @Path("people/{person}/history.csv")
    @Produces("text/csv")
    @Operation(summary = "A person's own history as CSV; only for that person")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8 with a byte-order mark")
    @APIResponse(responseCode = "403", description = "Someone else's history", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response historyCsv(@PathParam("slug") String slug, @PathParam("person") long person) {
        return csv(EngagementCsv.of(engagement.history(caller(slug), slug, person)), slug + "-my-history.csv");
    }

    private long caller(String slug) {
        if (!Slug.isValid(slug)) {
            throw new BadRequestException("Not a community address.");
        }
        return currentUser.requireForApi().getId();
    }

    private static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " is a date like 2026-09-01.");
        }
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
