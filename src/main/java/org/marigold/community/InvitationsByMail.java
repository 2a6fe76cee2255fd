package org.marigold.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.account.LinkAddress;
import org.marigold.mail.Outbox;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/**
 * "Invite by e-mail": facilitators paste addresses; each gets a personal link, good once for {@link #LIFETIME}, in a
 * message queued in the same transaction. Someone already a member is not invited again; an address already invited
 * and not yet come is sent its invitation again (a new link; the old one stops working), unless that was within
 * {@link #JUST_SENT}. The community's row is locked meanwhile, so two facilitators pasting the same address at once
 * invite it once. The list says who was
 * invited, when, and who joined.
 */
@ApplicationScoped
@Transactional
public class InvitationsByMail {

    public static final Duration LIFETIME = Duration.ofDays(14);
    /** How far back the list of mailed invitations goes. */
    public static final Duration LISTED_FOR = Duration.ofDays(90);

    /** A waiting invitation sent more recently than this is not sent again by pasting its address (two people pasting at once). */
    public static final Duration JUST_SENT = Duration.ofMinutes(10);

    /** What one "Invite" did, address by address. */
    public record Outcome(List<String> invited, List<String> sentAgain, List<String> justInvited, List<String> alreadyMembers) {
    }

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    CommunityService communities;

    @Inject
    CommunityRepository repository;

    @Inject
    AccountService accounts;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Invites every address in {@code pasted}, with this role and a word to them. Mail goes in the language of the
     * address's account if it has one, else in {@code language} (the inviter's). Refused as a whole, on the field,
     * when anything pasted is not an address, so nobody is left out unnoticed.
     */
    public Outcome invite(long actorId, String slug, Role role, String pasted, String note, Locale language, LinkAddress joinLink) {
        Community community = communities.community(slug);
        Membership inviter = mayInvite(community, actorId, role);
        InvitedAddresses parsed = InvitedAddresses.parse(pasted);
        if (!parsed.notAddresses().isEmpty()) {
            throw Rejected.onField("addresses", "invitation.mail.notAddresses", String.join(", ", parsed.notAddresses()));
        }
        if (parsed.addresses().isEmpty()) {
            throw Rejected.onField("addresses", "invitation.mail.none");
        }
        if (parsed.addresses().size() > InvitedAddresses.MOST) {
            throw Rejected.onField("addresses", "invitation.mail.tooMany", InvitedAddresses.MOST);
        }
        if (note != null && note.strip().length() > Invitation.NOTE_MAX) {
            throw Rejected.onField("mailNote", "invitation.mail.noteTooLong", Invitation.NOTE_MAX);
        }
        repository.lockMemberships(community);
        Instant now = clock.instant();
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String address : parsed.addresses()) {
            Optional<Account> account = accounts.byEmail(address);
            if (account.isPresent() && repository.membership(community, account.get().getId()).isPresent()) {
                outcome.alreadyMembers().add(address);
                continue;
            }
            Optional<Invitation> waiting = em.createNamedQuery("Invitation.mailedTo", Invitation.class)
                    .setParameter("community", community).setParameter("email", address).getResultStream().findFirst();
            if (waiting.isPresent() && waiting.get().getSentAt() != null && waiting.get().getSentAt().isAfter(now.minus(JUST_SENT))) {
                outcome.justInvited().add(address);
                continue;
            }
            TokenSecret secret = TokenSecret.generate(CommunityService.INVITATION_PREFIX);
            Invitation invitation;
            if (waiting.isPresent()) {
                invitation = waiting.get();
                invitation.sendAgain(secret, now, now.plus(LIFETIME));
                outcome.sentAgain().add(address);
            } else {
                invitation = repository.add(Invitation.mailed(community, role, secret, note, inviter.getAccount(), now, now.plus(LIFETIME), address));
                outcome.invited().add(address);
            }
            outbox.queue(InvitationMail.to(invitation, account.map(Account::getLanguage).orElse(language), joinLink.of(secret.value())));
        }
        return outcome;
    }

    /** Sends a personal invitation again with a new link, while nobody has used it (an expired one lives again). */
    public Invitation sendAgain(long actorId, String slug, long invitationId, Locale language, LinkAddress joinLink) {
        Community community = communities.community(slug);
        Invitation invitation = repository.invitation(invitationId).filter(i -> i.getCommunity().getId().equals(community.getId()))
                .filter(i -> i.getEmail() != null).orElseThrow(() -> new NotFound("No such invitation"));
        mayInvite(community, actorId, invitation.getRole());
        if (invitation.getUses() > 0 || invitation.stateAt(clock.instant()) == Invitation.State.REVOKED) {
            throw Rejected.because("invitation.mail.notAgain");
        }
        Instant now = clock.instant();
        TokenSecret secret = TokenSecret.generate(CommunityService.INVITATION_PREFIX);
        invitation.sendAgain(secret, now, now.plus(LIFETIME));
        Locale mailLanguage = accounts.byEmail(invitation.getEmail()).map(Account::getLanguage).orElse(language);
        outbox.queue(InvitationMail.to(invitation, mailLanguage, joinLink.of(secret.value())));
        return invitation;
    }

    /** The community's personal invitations of the last {@link #LISTED_FOR}, newest sent first, with who joined. */
    public List<Invitation> list(long actorId, String slug) {
        Community community = communities.community(slug);
        communities.require(community, actorId, Role.FACILITATOR);
        return em.createNamedQuery("Invitation.mailed", Invitation.class).setParameter("community", community)
                .setParameter("since", clock.instant().minus(LISTED_FOR)).getResultList();
    }

    private Membership mayInvite(Community community, long actorId, Role role) {
        Membership inviter = communities.require(community, actorId, Role.FACILITATOR);
        if (!inviter.getRole().mayInvite(role)) {
            throw new AccessDenied("Only admins can invite facilitators and admins.");
        }
        return inviter;
    }
}
