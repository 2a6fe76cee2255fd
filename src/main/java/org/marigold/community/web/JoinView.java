package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.InvitationPreview;
import org.marigold.community.Membership;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** Where an invitation link lands: shows what it offers, and joins once the person is logged in. */
@Named
@ViewScoped
public class JoinView implements Serializable {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String invite;
    private InvitationPreview preview;
    private String problem;

    public void load() {
        try {
            preview = communities.preview(invite);
            if (!preview.isOpen()) {
                problem = switch (preview.state()) {
                    case EXPIRED -> "invitation.expired";
                    case REVOKED -> "invitation.revoked";
                    default -> "invitation.usedUp";
                };
            }
        } catch (Rejected rejected) {
            problem = rejected.messageKey();
        }
    }

    public String join() {
        try {
            Membership membership = communities.join(currentUser.requireId(), invite);
            PageMessages.infoAfterRedirect("invitation.joined", membership.getCommunity().getName());
            return "/community/view.xhtml?faces-redirect=true&c=" + membership.getCommunity().getSlugValue();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "join");
            return null;
        }
    }

    /** This page's own address, for the login and registration pages to come back to. */
    public String getReturnAddress() {
        return URLEncoder.encode("/join.xhtml?invite=" + invite, StandardCharsets.UTF_8);
    }

    public String getInvite() {
        return invite;
    }

    public void setInvite(String invite) {
        this.invite = invite;
    }

    public InvitationPreview getPreview() {
        return preview;
    }

    public String getProblem() {
        return problem;
    }
}
