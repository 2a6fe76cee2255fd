package org.marigold.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.account.AddressConfirmations;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/**
 * Everything people do with communities, and the one place that decides who may do it.
 * The acting account is passed in by the edge (from the security context), never taken from a form.
 */
@ApplicationScoped
@Transactional
public class CommunityService {

    public static final String INVITATION_PREFIX = "mgi_";
    public static final Duration LONGEST_INVITATION = Duration.ofDays(365);

    @Inject
    CommunityRepository communities;

    @Inject
    AccountService accounts;


    @Inject
    Clock clock;

    @Inject
    AddressConfirmations confirmations;

    @Inject
    Event<CommunityRezoned> rezoned;

    public Community create(long actorId, String name, String description, Visibility visibility) {
        Account founder = account(actorId);
        Slug base = Slug.fromName(name);
        Slug slug = base;
        for (int n = 2; communities.slugTaken(slug); n++) {
            slug = base.numbered(n);
        }
        Community community = communities.add(new Community(slug, name, description, visibility, founder.getTimeZone(), clock.instant()));
        communities.add(new Membership(community, founder, Role.ADMIN, clock.instant()));
        return community;
    }

    /** A community's page as the caller may see it; a private community is shown to its members only (to others, nothing is there). */
    public CommunityOverview open(Long actorId, String slug) {
        Community community = community(slug);
        Role role = actorId == null ? null : communities.membership(community, actorId).map(Membership::getRole).orElse(null);
        if (role == null && !community.isListed()) {
            throw hidden();
        }
        return overview(community, role);
    }

    /** The communities the caller belongs to. */
    public List<CommunityOverview> mine(long actorId) {
        return communities.membershipsOf(actorId).stream().map(m -> overview(m.getCommunity(), m.getRole())).toList();
    }

    /** The public directory: every listed community, with the caller's role where they have one. */
    public List<CommunityOverview> directory(Long actorId) {
        List<Community> listed = communities.listed();
        Map<Long, Role> mine = actorId == null ? Map.of() : communities.membershipsOf(actorId).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.getCommunity().getId(), Membership::getRole));
        return listed.stream().map(c -> overview(c, mine.get(c.getId()))).toList();
    }

    /** What the API lists for the caller: every listed community and the private ones they belong to. */
    public List<CommunityOverview> visible(Long actorId) {
        List<CommunityOverview> seen = new java.util.ArrayList<>(directory(actorId));
        if (actorId != null) {
            mine(actorId).stream().filter(o -> !o.community().isListed()).forEach(seen::add);
        }
        seen.sort(java.util.Comparator.comparing(o -> o.community().getName().toLowerCase(java.util.Locale.ROOT)));
        return seen;
    }

    /** An admin changes the community's settings; a new time zone moves its series to the same local times there. */
    public Community update(long actorId, String slug, long expectedVersion, CommunitySettings settings) {
        Community community = community(slug);
        require(community, actorId, Role.ADMIN);
        if (community.getVersion() != expectedVersion) {
            throw Rejected.because("community.changedMeanwhile");
        }
        community.describe(settings.name(), settings.description(), settings.visibility());
        if (community.keep(settings.timeZone(), settings.anonymousRecords(), settings.commentDays(), settings.summariesToAll())) {
            rezoned.fire(new CommunityRezoned(community.getId()));
        }
        return community;
    }

    /** Members see who else belongs; visitors do not. */
    public List<Membership> members(long actorId, String slug) {
        Community community = community(slug);
        require(community, actorId, Role.GUEST);
        return communities.members(community);
    }

    public Membership changeRole(long actorId, String slug, long membershipId, Role role) {
        Community community = community(slug);
        require(community, actorId, Role.ADMIN);
        communities.lockMemberships(community);
        Membership membership = membershipIn(community, membershipId);
        if (membership.getRole() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(community);
        }
        membership.changeRole(role);
        return membership;
    }

    public void remove(long actorId, String slug, long membershipId) {
        Community community = community(slug);
        require(community, actorId, Role.ADMIN);
        communities.lockMemberships(community);
        Membership membership = membershipIn(community, membershipId);
        if (membership.getRole() == Role.ADMIN) {
            keepAnAdmin(community);
        }
        communities.remove(membership);
    }

    public void leave(long actorId, String slug) {
        Community community = community(slug);
        Membership membership = require(community, actorId, Role.GUEST);
        communities.lockMemberships(community);
        if (membership.getRole() == Role.ADMIN) {
            keepAnAdmin(community);
        }
        communities.remove(membership);
    }

    /** Whether this member is mailed this kind of mail about the community's meetings (reminders, summaries, digests). */
    public Membership chooseMail(long actorId, String slug, MailKind kind, boolean wanted) {
        Membership membership = require(community(slug), actorId, Role.GUEST);
        membership.choose(kind, wanted);
        return membership;
    }

    /** Creates an invitation link; the returned secret is shown once and never stored. */
    public CreatedInvitation invite(long actorId, String slug, Role role, Duration validFor, Integer maxUses, String note) {
        Community community = community(slug);
        Membership inviter = require(community, actorId, Role.FACILITATOR);
        if (!inviter.getRole().mayInvite(role)) {
            throw new AccessDenied("Only admins can invite facilitators and admins.");
        }
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST_INVITATION) > 0) {
            throw Rejected.onField("validDays", "invitation.validity");
        }
        if (maxUses != null && maxUses < 1) {
            throw Rejected.onField("maxUses", "invitation.maxUses");
        }
        Instant now = clock.instant();
        TokenSecret secret = TokenSecret.generate(INVITATION_PREFIX);
        Invitation invitation = communities.add(new Invitation(community, role, secret, note, inviter.getAccount(),
                now, now.plus(validFor), maxUses));
        return new CreatedInvitation(invitation, secret.value());
    }

    public List<Invitation> invitations(long actorId, String slug) {
        Community community = community(slug);
        require(community, actorId, Role.FACILITATOR);
        return communities.openInvitations(community, clock.instant());
    }

    public void revokeInvitation(long actorId, String slug, long invitationId) {
        Community community = community(slug);
        Membership actor = require(community, actorId, Role.FACILITATOR);
        Invitation invitation = communities.invitation(invitationId)
                .filter(i -> i.getCommunity().getId().equals(community.getId()))
                .orElseThrow(() -> new NotFound("No such invitation"));
        if (!actor.getRole().mayInvite(invitation.getRole())) {
            throw new AccessDenied("Only admins can revoke this invitation.");
        }
        invitation.revoke(clock.instant());
    }

    /** What an invitation link offers. Links that were never issued are refused like expired ones. */
    public InvitationPreview preview(String secret) {
        Invitation invitation = invitation(secret);
        return new InvitationPreview(invitation.getCommunity().getName(), invitation.getCommunity().getSlugValue(),
                invitation.getRole(), invitation.stateAt(clock.instant()));
    }

    /**
     * Joins the community the link is for. Someone who already belongs keeps their place, and is raised
     * to the link's role if it is higher.
     */
    public Membership join(long actorId, String secret) {
        Invitation invitation = invitation(secret);
        Instant now = clock.instant();
        switch (invitation.stateAt(now)) {
            case EXPIRED -> throw Rejected.because("invitation.expired");
            case REVOKED -> throw Rejected.because("invitation.revoked");
            case USED_UP -> throw Rejected.because("invitation.usedUp");
            case OPEN -> { }
        }
        Community community = invitation.getCommunity();
        communities.lockMemberships(community);
        var existing = communities.membership(community, actorId);
        if (existing.isPresent()) {
            Membership membership = existing.get();
            if (!membership.getRole().includes(invitation.getRole())) {
                use(invitation, actorId, now);
                membership.changeRole(invitation.getRole());
            }
            return membership;
        }
        use(invitation, actorId, now);
        return communities.add(new Membership(community, account(actorId), invitation.getRole(), now).invitedBy(invitation.getCreatedBy()));
    }

    /** Counts the use; a personal invitation remembers who came, and proves the address it was mailed to theirs. */
    private void use(Invitation invitation, long actorId, Instant now) {
        invitation.use(now);
        invitation.joined(account(actorId), now);
        if (invitation.getEmail() != null) {
            confirmations.provenBy(actorId, invitation.getEmail());
        }
    }

    /** Someone's membership of a community, if any: for another feature's own decision (who is in a group, who came). */
    public Optional<Membership> membership(Community community, long accountId) {
        return communities.membership(community, accountId);
    }

    /** A community's members, for another feature that has decided the caller may know them (engagement's counts). */
    public List<Membership> membersOf(Community community) {
        return communities.members(community);
    }

    /** Every community this person belongs to, with their role in each. */
    public List<Membership> membershipsOf(long accountId) {
        return communities.membershipsOf(accountId);
    }

    /**
     * The caller's membership if it carries at least the needed role; otherwise the action is refused. To those outside a
     * private community, anything in it (a meeting, its record, a group, a feed) is not there at all: a 404 that names
     * nothing, as for an id never used, so sequential ids do not tell its name or that it exists.
     */
    public Membership require(Community community, long actorId, Role needed) {
        Membership membership = communities.membership(community, actorId).orElseThrow(() -> community.isListed()
                ? new AccessDenied("Only members of this community can do this.") : hidden());
        if (!membership.allows(needed)) {
            throw new AccessDenied("This needs the " + needed.name().toLowerCase() + " role in the community.");
        }
        return membership;
    }

    /** What an outsider is told of a private community, or of anything in it. */
    private static NotFound hidden() {
        return new NotFound("Nothing at this address.");
    }

    public Community community(String slug) {
        return communities.bySlug(slug).orElseThrow(() -> new NotFound("No community at this address."));
    }

    private Invitation invitation(String secret) {
        if (secret == null || !secret.startsWith(INVITATION_PREFIX) || secret.length() > 100) {
            throw Rejected.because("invitation.invalid");
        }
        return communities.invitationByHash(TokenSecret.digestOf(secret))
                .orElseThrow(() -> Rejected.because("invitation.invalid"));
    }

    private Membership membershipIn(Community community, long membershipId) {
        return communities.membership(membershipId)
                .filter(m -> m.getCommunity().getId().equals(community.getId()))
                .orElseThrow(() -> new NotFound("No such member"));
    }

    private void keepAnAdmin(Community community) {
        if (communities.countWithRole(community, Role.ADMIN) <= 1) {
            throw Rejected.because("community.lastAdmin");
        }
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFound("No such account"));
    }

    private CommunityOverview overview(Community community, Role role) {
        return new CommunityOverview(community, role, communities.countMembers(community));
    }

    public record CreatedInvitation(Invitation invitation, String secret) {
    }
}
