package org.marigold.library.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.community.Slug;
import org.marigold.library.LibraryBookmarks;
import org.marigold.library.LibraryQuery;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.marigold.platform.ApiError;

/** A community's library over HTTP: search it, and add to it (members). One resource: {@link ResourceResource}. */
@Path("communities/{slug}/resources")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Library")
public class LibraryResource {

    /** One page of a search. */
    /** {@code total} is exact unless {@code totalIsAtLeast}: a word or tag search counts up to 1 000 and says "more". */
    public record ResourcePage(List<ResourceJson> items, int page, int size, long total, boolean totalIsAtLeast) {
    }

    @Inject
    LibraryService library;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    @GET
    @Operation(summary = "Search a community's library: words in title, description and tags; filter by tag and kind; sort newest, title, used or helpful; 0-based pages")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ResourcePage.class)))
    @APIResponse(responseCode = "400", description = "Malformed parameters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "A private community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResourcePage search(@PathParam("slug") String slug, @QueryParam("q") String q, @QueryParam("tag") String tag,
                               @QueryParam("kind") String kind, @QueryParam("sort") @DefaultValue("newest") String sort,
                               @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                               @Context UriInfo uri) {
        if (!Slug.isValid(slug)) {
            throw new BadRequestException("Not a community address.");
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new BadRequestException("page starts at 0; size is 1 to 100.");
        }
        LibraryQuery query = new LibraryQuery(q, ResourceInput.kindNamed(kind), tag, order(sort));
        LibraryService.Page found = library.search(currentUser.idOrNull(), slug, query, page * size, size);
        return new ResourcePage(found.resources().stream().map(r -> ResourceJson.of(r, currentUser.idOrNull(), uri)).toList(), page, size, found.total(),
                found.totalIsAtLeast());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The whole library as CSV (the columns the import reads, and who added what, when, where)")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8 with a byte-order mark for spreadsheets")
    @APIResponse(responseCode = "403", description = "A private community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response exportCsv(@PathParam("slug") String slug, @Context UriInfo uri) {
        Long actor = currentUser.idOrNull();
        library.count(actor, slug);
        return Attachments.csv(Attachments.named(slug, "csv"), actor, uri, first -> library.inOrderAdded(actor, slug, first, Attachments.pageSize()));
    }

    @GET
    @Path("bookmarks.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The library as a browser bookmarks file (Netscape format), one folder")
    @APIResponse(responseCode = "200", description = "Bookmarks file")
    @APIResponse(responseCode = "403", description = "A private community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response exportBookmarks(@PathParam("slug") String slug, @Context UriInfo uri) {
        Long actor = currentUser.idOrNull();
        List<Resource> all = Attachments.all(first -> library.inOrderAdded(actor, slug, first, Attachments.pageSize()));
        String name = all.isEmpty() ? slug : all.get(0).getCommunity().getName();
        return Attachments.bookmarks(Attachments.named(slug, "html"),
                LibraryBookmarks.write(name, clock.instant(), all, r -> ResourceJson.fileAddress(uri, r)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A member adds a resource (http/https links only; books need a valid ISBN)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ResourceJson.class)))
    @APIResponse(responseCode = "400", description = "Refused input, with the reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a member", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response add(@PathParam("slug") String slug, ResourceInput input, @Context UriInfo uri) {
        long actor = currentUser.requireForApi().getId();
        if (input == null) {
            throw new BadRequestException("Send the resource as JSON.");
        }
        Resource added = library.add(actor, slug, input.draft());
        return Response.status(Response.Status.CREATED).entity(ResourceJson.of(added, actor, uri)).build();
    }

    private static LibraryQuery.Order order(String sort) {
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "newest" -> LibraryQuery.Order.NEWEST;
            case "title" -> LibraryQuery.Order.TITLE;
            case "used" -> LibraryQuery.Order.MOST_USED;
            case "helpful" -> LibraryQuery.Order.MOST_HELPFUL;
            default -> throw new BadRequestException("sort is newest, title, used or helpful.");
        };
    }
}
