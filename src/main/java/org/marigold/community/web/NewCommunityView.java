package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.web.PageMessages;

@Named
@ViewScoped
public class NewCommunityView implements Serializable {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Valid
    private final CommunityForm form = new CommunityForm();

    public String create() {
        Community created = communities.create(currentUser.requireId(), form.getName(), form.getDescription(), form.getVisibility());
        PageMessages.infoAfterRedirect("community.created", created.getName());
        return "/community/view.xhtml?faces-redirect=true&c=" + created.getSlugValue();
    }

    public CommunityForm getForm() {
        return form;
    }
}
