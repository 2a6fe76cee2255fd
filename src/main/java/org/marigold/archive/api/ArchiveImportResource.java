package org.marigold.archive.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.account.web.ForgotPasswordView;
import org.marigold.archive.ArchiveService;
import org.marigold.platform.ApiError;
import org.marigold.web.PublicAddress;

/**
 * Imports a community's archive (docs/archive-format.md) as a new community, for the instance's administrators:
 * {@code POST /api/archives} with the zip as the body.
 */
@Path("archives")
@RequestScoped
@Tag(name = "Archives")
public class ArchiveImportResource {

    @Inject
    ArchiveService archives;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicAddress address;

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports a community's archive as a new community (the instance's administrators); all of it or nothing")
    @APIResponse(responseCode = "201", description = "The new community", content = @Content(schema = @Schema(implementation = ArchiveService.Imported.class)))
    @APIResponse(responseCode = "400", description = "Not a Marigold archive, from a newer Marigold, too large, damaged, or with a path outside its folder",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator of this instance", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response importArchive(InputStream zip) {
        long actor = currentUser.requireForApi().getId();
        ArchiveService.Imported imported = archives.importArchive(actor, zip);
        archives.welcome(actor, imported, secret -> address.of(ForgotPasswordView.RESET_PAGE) + "?t=" + secret);
        return Response.status(Response.Status.CREATED).entity(imported).build();
    }
}
