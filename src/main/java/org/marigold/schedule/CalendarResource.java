package org.marigold.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Calendar feeds at secret addresses, for calendar applications that cannot log in: a community's meetings, and all
 * of one person's communities. A wrong or reset secret finds nothing (404), like a feed that does not exist.
 */
@Path("calendars")
@RequestScoped
@Tag(name = "Calendars")
public class CalendarResource {

    @Inject
    ScheduleService schedules;

    @GET
    @Path("communities/{slug}.ics")
    @Produces("text/calendar")
    @Operation(summary = "A community's meetings (from two months back), for whoever holds the feed's secret")
    @APIResponse(responseCode = "200", description = "iCalendar, with the community's time zone; cancelled meetings marked CANCELLED")
    @APIResponse(responseCode = "404", description = "No feed with this secret")
    public Response community(@PathParam("slug") String slug, @QueryParam("key") String key, @Context UriInfo uri) {
        return calendar(schedules.communityFeed(slug, key, uri.getBaseUri()));
    }

    @GET
    @Path("people/{key}.ics")
    @Produces("text/calendar")
    @Operation(summary = "Every meeting of one person's communities, for whoever holds their feed's secret")
    @APIResponse(responseCode = "200", description = "iCalendar")
    @APIResponse(responseCode = "404", description = "No feed with this secret")
    public Response person(@PathParam("key") String key, @Context UriInfo uri) {
        return calendar(schedules.personalFeed(key, uri.getBaseUri()));
    }

    private static Response calendar(String ics) {
        return Response.ok(ics, "text/calendar; charset=utf-8").header("Cache-Control", "private, max-age=300").build();
    }
}
