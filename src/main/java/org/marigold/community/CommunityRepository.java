package org.marigold.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CommunityRepository {

    @PersistenceContext(unitName = "marigold")
    private EntityManager em;

    public Optional<Community> bySlug(String slug) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Community.bySlug", Community.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public boolean slugTaken(Slug slug) {
        return bySlug(slug.value()).isPresent();
    }

    public List<Community> listed() {
        return em.createNamedQuery("Community.listed", Community.class).getResultList();
    }

    public Community add(Community community) {
        em.persist(community);
        return community;
    }

    /** Serialises changes to who holds which role in a community (so two admins cannot both step down). */
    public void lockMemberships(Community community) {
        em.lock(community, LockModeType.PESSIMISTIC_WRITE);
    }

    public Membership add(Membership membership) {
        em.persist(membership);
        return membership;
    }

    public void remove(Membership membership) {
        em.remove(membership);
    }

    public Optional<Membership> membership(Community community, long accountId) {
        return em.createNamedQuery("Membership.of", Membership.class)
                .setParameter("community", community)
                .setParameter("accountId", accountId)
                .getResultStream().findFirst();
    }

    public Optional<Membership> membership(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    public List<Membership> members(Community community) {
        return em.createNamedQuery("Membership.ofCommunity", Membership.class).setParameter("community", community).getResultList();
    }

    public List<Membership> membershipsOf(long accountId) {
        return em.createNamedQuery("Membership.ofAccount", Membership.class).setParameter("accountId", accountId).getResultList();
    }

    public long countWithRole(Community community, Role role) {
        return em.createNamedQuery("Membership.countByRole", Long.class)
                .setParameter("community", community).setParameter("role", role).getSingleResult();
    }

    public long countMembers(Community community) {
        return em.createNamedQuery("Membership.count", Long.class).setParameter("community", community).getSingleResult();
    }

    public Invitation add(Invitation invitation) {
        em.persist(invitation);
        return invitation;
    }

    public Optional<Invitation> invitationByHash(String hash) {
        return em.createNamedQuery("Invitation.byHash", Invitation.class).setParameter("hash", hash).getResultStream().findFirst();
    }

    public Optional<Invitation> invitation(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    public List<Invitation> openInvitations(Community community, Instant now) {
        return em.createNamedQuery("Invitation.ofCommunity", Invitation.class)
                .setParameter("community", community).setParameter("now", now).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
