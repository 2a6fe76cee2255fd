package org.marigold.community.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.Invitation;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** Who belongs to a community: admins change roles and remove people; admins and facilitators invite. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private CommunityOverview overview;
    private List<Membership> members;
    private transient java.util.Map<Long, List<org.marigold.engagement.BadgeRule>> badges = java.util.Map.of();

    @Inject
    org.marigold.engagement.EngagementService engagement;
    private List<Invitation> invitations = List.of();

    @NotNull(message = "{invitation.role.required}")
    private Role inviteRole = Role.MEMBER;

    @NotNull(message = "{invitation.validity}")
    @Min(value = 1, message = "{invitation.validity}")
    @Max(value = 365, message = "{invitation.validity}")
    private Integer validDays = 14;

    @Min(value = 1, message = "{invitation.maxUses}")
    @Max(value = 10000, message = "{invitation.maxUses}")
    private Integer maxUses;

    @Size(max = Invitation.NOTE_MAX, message = "{invitation.note.tooLong}")
    private String note;

    /** The link just created: shown once, since only its digest is stored. */
    private String createdLink;

    public void load() {
        overview = communities.open(currentUser.requireId(), slug);
        members = communities.members(currentUser.requireId(), slug);
        badges = engagement.badges(currentUser.requireId(), slug);
        if (overview.mayInvite()) {
            invitations = communities.invitations(currentUser.requireId(), slug);
        }
    }

    public void changeRole(Membership membership, Role role) {
        act(() -> communities.changeRole(currentUser.requireId(), slug, membership.getId(), role), "member.roleChanged",
                membership.getAccount().getDisplayName());
    }

    public void remove(Membership membership) {
        act(() -> communities.remove(currentUser.requireId(), slug, membership.getId()), "member.removed",
                membership.getAccount().getDisplayName());
    }

    public void invite() {
        try {
            String secret = communities.invite(currentUser.requireId(), slug, inviteRole, Duration.ofDays(validDays), maxUses, note).secret();
            createdLink = joinLink(secret);
            note = null;
            maxUses = null;
            load();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "invite");
        }
    }

    public void revoke(Invitation invitation) {
        act(() -> communities.revokeInvitation(currentUser.requireId(), slug, invitation.getId()), "invitation.revokedDone");
    }

    private void act(Runnable action, String doneKey, Object... arguments) {
        try {
            action.run();
            PageMessages.info(doneKey, arguments);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "members");
        } catch (NotFound gone) {
            PageMessages.error(null, "member.gone");
        }
        createdLink = null;
        load();
    }

    private static String joinLink(String secret) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String port = switch (external.getRequestServerPort()) {
            case 80, 443 -> "";
            default -> ":" + external.getRequestServerPort();
        };
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port
                + external.getRequestContextPath() + "/join.xhtml?invite=" + secret;
    }

    /** The roles the viewer may hand out in an invitation. */
    public List<Role> getInvitableRoles() {
        return Arrays.stream(Role.values()).filter(r -> overview.myRole().mayInvite(r)).toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    /** Each member's badges, unless they hide them. */
    public java.util.Map<Long, List<org.marigold.engagement.BadgeRule>> getBadges() {
        return badges == null ? java.util.Map.of() : badges;
    }

    public List<Membership> getMembers() {
        return members;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public void setMaxUses(Integer maxUses) {
        this.maxUses = maxUses;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCreatedLink() {
        return createdLink;
    }
}
