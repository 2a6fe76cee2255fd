package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.meeting.ProtocolService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.web.PageMessages;

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

    public void load() {
        communityName = communities.community(slug).getName();
        templates = protocols.templates(currentUser.requireId(), slug).stream().map(t -> t.in(language.getLocale())).toList();
    }

    public String copy(ProtocolTemplate template) {
        ProtocolTemplate copy = protocols.copy(currentUser.requireId(), slug, template.getId());
        PageMessages.infoAfterRedirect("template.copied", copy.getName());
        return "/meeting/template.xhtml?faces-redirect=true&t=" + copy.getId();
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
