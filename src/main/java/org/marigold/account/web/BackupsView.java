package org.marigold.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.account.InstanceAdmins;
import org.marigold.platform.DatabaseBackup;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** account/backups.xhtml: the instance's administrators back up the embedded database, and see the backups written. */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    @Inject
    DatabaseBackup backup;

    @Inject
    InstanceAdmins admins;

    @Inject
    CurrentUser currentUser;

    public void load() {
        admins.require(currentUser);
    }

    public void backUp() {
        admins.require(currentUser);
        try {
            DatabaseBackup.Backup written = backup.backUp();
            PageMessages.info("backup.written", written.name(), backup.directory().toString());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "backup");
        }
    }

    public boolean isEmbedded() {
        return backup.isEmbedded();
    }

    public String getDirectory() {
        return backup.directory().toString();
    }

    public List<DatabaseBackup.Backup> getBackups() {
        return backup.backups();
    }
}
