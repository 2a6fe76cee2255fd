package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.account.LinkAddress;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.Invitation;
import org.marigold.community.InvitationsByMail;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.engagement.BadgeRule;
import org.marigold.engagement.EngagementService;
import org.marigold.mail.Bounces;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.Language;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

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
    private transient Map<Long, List<BadgeRule>> badges = Map.of();

    @Inject
    EngagementService engagement;

    @Inject
    InvitationsByMail byMail;

    @Inject
    Bounces bounces;

    @Inject
    PublicAddress address;

    @Inject
    Language language;

    @Inject
    Clock clock;

    private List<Invitation> invitations = List.of();
    private List<Invitation> mailed = List.of();
    /** What the mail server said of the invitations that could not be delivered since last sent, by invitation. */
    private Map<Long, String> bounced = Map.of();

    /** What "Invite by e-mail" takes: the pasted addresses, the role, a word to them. */
    private String addresses;
    private Role mailRole = Role.MEMBER;
    private String mailNote;

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
            mailed = byMail.list(currentUser.requireId(), slug);
            bounced = new HashMap<>();
            mailed.forEach(i -> bounces.of(i.getEmail()).filter(b -> !b.getBouncedAt().isBefore(i.getSentAt()))
                    .ifPresent(b -> bounced.put(i.getId(), b.getReason())));
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
            createdLink = joinLink().of(secret);
            note = null;
            maxUses = null;
            load();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "invite");
        }
    }

    /** Invites each pasted address; the message says who was invited, sent again or already a member. */
    public void inviteByMail() {
        try {
            InvitationsByMail.Outcome outcome = byMail.invite(currentUser.requireId(), slug, mailRole, addresses, mailNote,
                    language.getLocale(), joinLink());
            if (!outcome.invited().isEmpty()) {
                PageMessages.info("invitation.mail.invited", outcome.invited().size(), String.join(", ", outcome.invited()));
            }
            if (!outcome.sentAgain().isEmpty()) {
                PageMessages.info("invitation.mail.sentAgain", String.join(", ", outcome.sentAgain()));
            }
            if (!outcome.justInvited().isEmpty()) {
                PageMessages.info("invitation.mail.justInvited", String.join(", ", outcome.justInvited()));
            }
            if (!outcome.alreadyMembers().isEmpty()) {
                PageMessages.info("invitation.mail.alreadyMembers", String.join(", ", outcome.alreadyMembers()));
            }
            addresses = null;
            mailNote = null;
            load();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "inviteByMail");
        }
    }

    public void sendAgain(Invitation invitation) {
        act(() -> byMail.sendAgain(currentUser.requireId(), slug, invitation.getId(), language.getLocale(), joinLink()),
                "invitation.mail.sentAgain", invitation.getEmail());
    }

    /** A personal invitation's state, as the list says it: joined, waiting, undelivered, expired or withdrawn. */
    public String stateOf(Invitation invitation) {
        if (invitation.getJoinedBy() != null) {
            return "JOINED";
        }
        Invitation.State state = invitation.stateAt(clock.instant());
        return state == Invitation.State.OPEN && bounced.containsKey(invitation.getId()) ? "BOUNCED" : state.name();
    }

    /** What the mail server said when the invitation could not be delivered, or null. */
    public String bounceOf(Invitation invitation) {
        return bounced.get(invitation.getId());
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

    /** The join page's address for a secret, on this server's public address. */
    private LinkAddress joinLink() {
        String page = address.of("/join.xhtml");
        return secret -> page + "?invite=" + secret;
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
    public Map<Long, List<BadgeRule>> getBadges() {
        return badges == null ? Map.of() : badges;
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

    public List<Invitation> getMailed() {
        return mailed;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public Role getMailRole() {
        return mailRole;
    }

    public void setMailRole(Role mailRole) {
        this.mailRole = mailRole;
    }

    public String getMailNote() {
        return mailNote;
    }

    public void setMailNote(String mailNote) {
        this.mailNote = mailNote;
    }
}
