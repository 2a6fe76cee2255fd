package org.marigold.archive.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.archive.ArchiveService;
import org.marigold.platform.ApiError;

/** A community's archive for its admins (docs/archive-format.md): {@code GET /api/communities/{slug}/archive.zip}. */
@Path("communities/{slug}/archive.zip")
@RequestScoped
@Tag(name = "Archives")
public class CommunityArchiveResource {

    @Inject
    ArchiveService archives;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces("application/zip")
    @Operation(summary = "The whole community as a zip: community.json, records in Markdown, library.csv and the library's files (admins)")
    @APIResponse(responseCode = "200", description = "The zip")
    @APIResponse(responseCode = "403", description = "Not an admin of the community", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response export(@PathParam("slug") String slug, @QueryParam("emails") @DefaultValue("false") boolean emails) {
        long actor = currentUser.requireForApi().getId();
        java.nio.file.Path zip = archives.exportToFile(actor, slug, emails);
        StreamingOutput body = out -> {
            try {
                java.nio.file.Files.copy(zip, out);
            } finally {
                java.nio.file.Files.deleteIfExists(zip);
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + archives.fileName(slug).replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

}
