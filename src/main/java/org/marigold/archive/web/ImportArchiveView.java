package org.marigold.archive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.marigold.account.CurrentUser;
import org.marigold.account.InstanceAdmins;
import org.marigold.account.web.ForgotPasswordView;
import org.marigold.archive.ArchiveService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

/** An instance's administrator imports a community's archive, exported from this Marigold or another, as a new community. */
@Named
@ViewScoped
public class ImportArchiveView implements Serializable {

    @Inject
    ArchiveService archives;

    @Inject
    InstanceAdmins admins;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicAddress address;

    private transient Part file;

    public void load() {
        currentUser.requireId();
        admins.require(currentUser);
    }

    public String importArchive() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error("archive:file", "archive.import.file.required");
            return null;
        }
        ArchiveService.Imported imported;
        try {
            imported = archives.importArchive(currentUser.requireId(), file.getInputStream());
        } catch (Rejected rejected) {
            PageMessages.error("archive:file", rejected.messageKey(), rejected.arguments());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archives.welcome(currentUser.requireId(), imported, secret -> address.of(ForgotPasswordView.RESET_PAGE) + "?t=" + secret);
        PageMessages.infoAfterRedirect("archive.import.done", imported.name(), imported.meetings(), imported.resources(),
                imported.people(), imported.newPeople());
        return "/community/view.xhtml?faces-redirect=true&c=" + imported.slug();
    }

    public long getMostMegabytes() {
        return archives.mostMegabytes();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
