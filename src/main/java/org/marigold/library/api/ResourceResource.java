package org.marigold.library.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.platform.ApiError;
import org.marigold.platform.Conflict;

/** One library resource by its id, wherever it lives. */
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Library")
public class ResourceResource {

    @Inject
    LibraryService library;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    @Operation(summary = "One resource, for those who may see its community's library")
    @APIResponse(responseCode = "200", description = "The resource", content = @Content(schema = @Schema(implementation = ResourceJson.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(@PathParam("id") long id, @Context UriInfo uri) {
        Resource resource = library.resource(currentUser.idOrNull(), id);
        return Response.ok(ResourceJson.of(resource, currentUser.idOrNull(), uri)).tag(String.valueOf(resource.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The one who added it, a facilitator or an admin edits a resource (an uploaded file keeps its file)",
            description = "Send If-Match with the version read (the ETag of GET) to be told when someone else changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ResourceJson.class)))
    @APIResponse(responseCode = "400", description = "Refused input, with the reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not the caller's to change", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version named in If-Match", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response revise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ResourceInput input, @Context UriInfo uri) {
        long actor = currentUser.requireForApi().getId();
        if (input == null) {
            throw new BadRequestException("Send the resource as JSON.");
        }
        Resource resource = library.resource(actor, id);
        long version = ifMatch == null ? resource.getVersion() : versionIn(ifMatch);
        if (version != resource.getVersion()) {
            throw new Conflict("Someone else changed this resource since version " + version + ".");
        }
        Resource saved = library.revise(actor, id, version, input.draft());
        return Response.ok(ResourceJson.of(saved, actor, uri)).tag(String.valueOf(saved.getVersion())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Removes a resource from the library (same people as for editing); it can be put back for 30 days")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the caller's to change", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response remove(@PathParam("id") long id) {
        library.remove(currentUser.requireForApi().getId(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Puts a removed resource back in the library, in its lists as before")
    @APIResponse(responseCode = "200", description = "Back in the library", content = @Content(schema = @Schema(implementation = ResourceJson.class)))
    @APIResponse(responseCode = "400", description = "Removed too long ago", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResourceJson restore(@PathParam("id") long id, @Context UriInfo uri) {
        long actor = currentUser.requireForApi().getId();
        return ResourceJson.of(library.restore(actor, id), actor, uri);
    }

    private static long versionIn(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match names a version read from this resource's ETag.");
        }
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an uploaded file, with its checked content type, as an attachment")
    @APIResponse(responseCode = "200", description = "The file's bytes")
    @APIResponse(responseCode = "404", description = "No such file, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response file(@PathParam("id") long id) {
        return Attachments.file(library.download(currentUser.idOrNull(), id));
    }

    @GET
    @Path("{id}/view")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An uploaded PDF shown in the browser (inline, sandboxed); other files only download")
    @APIResponse(responseCode = "200", description = "The PDF's bytes")
    @APIResponse(responseCode = "404", description = "No such PDF, or hidden from the caller", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response view(@PathParam("id") long id) {
        return Attachments.inlinePdf(library.download(currentUser.idOrNull(), id));
    }

}
