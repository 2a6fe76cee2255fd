package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.meeting.ProtocolService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.omnifaces.util.Faces;

/** The protocols a community can plan meetings with: the built-in ones and its own. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    @Inject
    ProtocolService protocols;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.marigold.web.Language language;

    private String slug;
    private String communityName;
    private List<ProtocolTemplate> templates;
    private transient Part file;

    public void load() {
        communityName = communities.community(slug).getName();
        templates = protocols.templates(currentUser.requireId(), slug).stream().map(t -> t.in(language.getLocale())).toList();
    }

    public String copy(ProtocolTemplate template) {
        ProtocolTemplate copy = protocols.copy(currentUser.requireId(), slug, template.getId());
        PageMessages.infoAfterRedirect("template.copied", copy.getName());
        return "/meeting/template.xhtml?faces-redirect=true&t=" + copy.getId();
    }

    /** Downloads a protocol as a JSON file to share with another community. */
    public void export(ProtocolTemplate template) throws IOException {
        String json = protocols.exportJson(currentUser.requireId(), slug, template.getId());
        String name = template.getName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        Faces.sendFile(json.getBytes(StandardCharsets.UTF_8), (name.isEmpty() ? "protocol" : name) + ".json", true);
    }

    /** A protocol shared as a JSON file becomes one of the community's own, opened in the editor; a bad file is refused whole. */
    public String importFile() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error("import:file", "template.import.empty");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            ProtocolTemplate imported = protocols.importJson(currentUser.requireId(), slug, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            PageMessages.infoAfterRedirect("template.imported", imported.getName());
            return "/meeting/template.xhtml?faces-redirect=true&t=" + imported.getId();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "import");
        } catch (IOException unreadable) {
            PageMessages.error("import:file", "template.import.empty");
        }
        return null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
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

    public List<ProtocolTemplate> getTemplates() {
        return templates;
    }
}
