package org.marigold.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marigold.mail.OutboxMessage.Status;

/**
 * The outbox table. Queuing joins the caller's transaction (it must have one), so a message exists exactly when the
 * change that caused it was saved. The worker's steps each run in their own short transaction, so a message is
 * claimed and committed as SENDING before the slow SMTP conversation starts.
 */
@ApplicationScoped
public class Outbox {

    /** How long a claim holds: far longer than an SMTP conversation, so only a worker that died loses its claim. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Bounces bounces;

    @Transactional(TxType.MANDATORY)
    public void queue(Mail mail) {
        em.persist(new OutboxMessage(mail, clock.instant()));
    }

    /** The messages to send now: queued and due, or claimed by a worker that has not finished in time. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int most) {
        return em.createNamedQuery("OutboxMessage.due", Long.class)
                .setParameter("queued", Status.QUEUED).setParameter("sending", Status.SENDING)
                .setParameter("now", now).setMaxResults(most).getResultList();
    }

    /** Takes the message for {@code worker} if no other worker took it first (a conditional update: one row or none). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(long id, String worker, Instant now) {
        int claimed = em.createNamedQuery("OutboxMessage.claim")
                .setParameter("queued", Status.QUEUED).setParameter("sending", Status.SENDING)
                .setParameter("worker", worker).setParameter("until", now.plus(CLAIM))
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(OutboxMessage.class, id)) : Optional.empty();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        em.find(OutboxMessage.class, id).sent(now);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void kept(long id) {
        em.find(OutboxMessage.class, id).kept();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long id, String error, Instant now, List<Duration> retries, Duration giveUpAfter) {
        em.find(OutboxMessage.class, id).failed(error, now, retries, giveUpAfter);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void bounced(long id, String reason, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        message.bounced(reason);
        bounces.record(message.getRecipient(), reason, now);
    }

    /** The latest messages, newest first, for the instance's admins. */
    @Transactional
    public List<OutboxMessage> latest(int most) {
        return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class).setMaxResults(most).getResultList();
    }
}
