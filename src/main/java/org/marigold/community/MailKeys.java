package org.marigold.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.marigold.platform.TokenSecret;

/**
 * The key in a member's mail that answers for them without a login: it stops a kind of mail (List-Unsubscribe, or the
 * page its link opens) and answers "Will you come?". One key per membership, made when the first such mail is written.
 */
@ApplicationScoped
@Transactional
public class MailKeys {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    /**
     * The member's key, made on first use by a statement of its own: the membership's version stays as it is, so an
     * admin changing the member's role meanwhile is not refused for it.
     */
    public String of(Membership member) {
        if (member.getMailKey() != null) {
            return member.getMailKey();
        }
        em.createNativeQuery("UPDATE membership SET mail_key = ?1 WHERE id = ?2 AND mail_key IS NULL")
                .setParameter(1, TokenSecret.generate("").value()).setParameter(2, member.getId()).executeUpdate();
        return (String) em.createNativeQuery("SELECT mail_key FROM membership WHERE id = ?1").setParameter(1, member.getId()).getSingleResult();
    }

    /** The membership a mail's key names, if any. */
    public Optional<Membership> member(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("SELECT ms FROM Membership ms JOIN FETCH ms.community WHERE ms.mailKey = :key", Membership.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** Turns a kind of mail off (or on again) for the member the key names, without logging in. */
    public Optional<Membership> choose(String key, MailKind kind, boolean wanted) {
        Optional<Membership> member = member(key);
        member.ifPresent(m -> m.choose(kind, wanted));
        return member;
    }
}
