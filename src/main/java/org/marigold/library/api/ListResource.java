package org.marigold.library.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import org.marigold.library.LibraryBookmarks;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.platform.ApiError;

/** A library list: read it, export it; a published list's files for anyone with its public link. */
@Path("lists")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Library")
public class ListResource {

    /** A list and its resources, in order. */
    public record ListJson(long id, String community, String name, String description, boolean published,
                           List<ResourceJson> resources) {
    }

    @Inject
    ResourceListService lists;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Path("{id}")
    @Operation(summary = "One list with its resources in order, for those who may see its community")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(schema = @Schema(implementation = ListJson.class)))
    @APIResponse(responseCode = "404", description = "No such list, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ListJson get(@PathParam("id") long id, @Context UriInfo uri) {
        ResourceList list = lists.list(currentUser.idOrNull(), id);
        return new ListJson(list.getId(), list.getCommunity().getSlugValue(), list.getName(), list.getDescription(),
                list.isPublished(), list.getResources().stream().map(r -> ResourceJson.of(r, currentUser.idOrNull(), uri)).toList());
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "One list as CSV, in the list's order")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "404", description = "No such list, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response exportCsv(@PathParam("id") long id, @Context UriInfo uri) {
        ResourceList list = lists.list(currentUser.idOrNull(), id);
        return Attachments.csv(Attachments.named(list.getName(), "csv"), currentUser.idOrNull(), uri, first -> first == 0 ? list.getResources() : List.of());
    }

    @GET
    @Path("{id}/bookmarks.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One list as a browser bookmarks file")
    @APIResponse(responseCode = "200", description = "Bookmarks file")
    @APIResponse(responseCode = "404", description = "No such list, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response exportBookmarks(@PathParam("id") long id, @Context UriInfo uri) {
        ResourceList list = lists.list(currentUser.idOrNull(), id);
        return Attachments.bookmarks(Attachments.named(list.getName(), "html"),
                LibraryBookmarks.write(list.getName(), clock.instant(), list.getResources(), r -> ResourceJson.fileAddress(uri, r)));
    }

    @GET
    @Path("public/{token}/files/{resource}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file in a list published at a public link")
    @APIResponse(responseCode = "200", description = "The file's bytes")
    @APIResponse(responseCode = "404", description = "No such published list, or the file is not in it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response publishedFile(@PathParam("token") String token, @PathParam("resource") long resource) {
        return Attachments.file(lists.publishedFile(token, resource));
    }
}
