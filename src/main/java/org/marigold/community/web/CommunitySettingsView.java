package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** Admins edit a community's name, description and visibility. */
@Named
@ViewScoped
public class CommunitySettingsView implements Serializable {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private long version;
    private String communityName;

    @Valid
    private CommunityForm form;

    public void load() {
        Community community = communities.community(slug);
        communities.require(community, currentUser.requireId(), Role.ADMIN);
        form = CommunityForm.of(community);
        version = community.getVersion();
        communityName = community.getName();
    }

    public String save() {
        try {
            communities.update(currentUser.requireId(), slug, version, form.getName(), form.getDescription(), form.getVisibility());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "settings");
            return null;
        }
        PageMessages.infoAfterRedirect("community.saved");
        return "/community/view.xhtml?faces-redirect=true&c=" + slug;
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

    public CommunityForm getForm() {
        return form;
    }
}
