package org.marigold.library.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.marigold.platform.ApiError;

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
    public ResourceJson get(@PathParam("id") long id, @Context UriInfo uri) {
        return ResourceJson.of(library.resource(currentUser.idOrNull(), id), uri);
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

}
