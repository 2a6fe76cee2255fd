package org.marigold.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.library.LibraryCsv;
import org.marigold.library.LibraryService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import jakarta.servlet.http.Part;

/** Imports resources from a CSV file: first a preview with every rejected row and why, then the import. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @Inject
    LibraryService library;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private String communityName;
    private transient Part file;
    private List<LibraryCsv.Row> rows = List.of();
    /** The encoding the file was read in, shown with the preview (a Windows file is read as Windows-1252). */
    private String encoding;

    public void load() {
        communities.require(communities.community(slug), currentUser.requireId(), Role.MEMBER);
        communityName = communities.community(slug).getName();
    }

    public void preview() {
        rows = List.of();
        if (file == null || file.getSize() == 0) {
            PageMessages.error("import:file", "resource.file.required");
            return;
        }
        try (java.io.InputStream in = file.getInputStream()) {
            LibraryCsv.Decoded decoded = LibraryCsv.decode(in.readAllBytes());
            encoding = decoded.encoding();
            rows = library.previewImport(currentUser.requireId(), slug, new java.io.StringReader(decoded.text()));
            PageMessages.info("import.previewed", getAccepted().size(), getRejected().size());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "import");
        } catch (java.io.IOException unreadable) {
            PageMessages.error("import:file", "import.unreadable", 1);
        }
    }

    public String importAccepted() {
        if (getAccepted().isEmpty()) {
            PageMessages.error(null, "import.nothing");
            return null;
        }
        try {
            int added = library.importRows(currentUser.requireId(), slug, rows);
            PageMessages.infoAfterRedirect("import.done", added);
            return "/library/browse.xhtml?faces-redirect=true&c=" + slug;
        } catch (Rejected rejected) {
            PageMessages.error(null, rejected.messageKey(), rejected.arguments());
            return null;
        }
    }

    /** A rejected row's reason, in words. */
    public String reason(LibraryCsv.Row row) {
        return PageMessages.text(row.problem(), row.problemArguments().toArray());
    }

    public String getConfirmLabel() {
        return PageMessages.text("import.confirm", getAccepted().size());
    }

    public List<LibraryCsv.Row> getAccepted() {
        return rows.stream().filter(LibraryCsv.Row::isAccepted).toList();
    }

    public List<LibraryCsv.Row> getRejected() {
        return rows.stream().filter(row -> !row.isAccepted()).toList();
    }

    public String getEncoding() {
        return encoding;
    }

    public boolean isPreviewed() {
        return !rows.isEmpty();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCommunityName() {
        return communityName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
