package org.marigold.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.CurrentUser;
import org.marigold.account.InstanceAdmins;
import org.marigold.platform.DatabaseBackup;

/**
 * Backups of the embedded database, for the instance's administrators and their scripts (a personal API token):
 * {@code curl -X POST -H "Authorization: Bearer …" …/api/instance/backups} from cron.
 */
@Path("instance/backups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Instance")
public class BackupResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    InstanceAdmins admins;

    @Inject
    DatabaseBackup backup;

    @POST
    @Operation(summary = "Writes a consistent copy of the embedded H2 database now (400 on PostgreSQL: use pg_dump); instance admins only")
    public DatabaseBackup.Backup backUp() {
        currentUser.requireForApi();
        admins.require(currentUser);
        return backup.backUp();
    }

    @GET
    @Operation(summary = "The backups written so far, the newest first; instance admins only")
    public List<DatabaseBackup.Backup> list() {
        currentUser.requireForApi();
        admins.require(currentUser);
        return backup.backups();
    }
}
