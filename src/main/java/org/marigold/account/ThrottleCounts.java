package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The database steps of {@link LoginThrottles}, each committed at once so that every request and every instance sees
 * it: an attempt is counted by a conditional update of the row's version, which of two requests at once only one
 * passes (the other is told to read again).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ThrottleCounts {

    /** What became of an attempt on one subject. */
    public sealed interface Outcome {
        /** The attempt may be checked; it counts as a failure until it is known to have been right. */
        record Counted() implements Outcome {
        }

        /** The subject is being slowed down: the attempt is refused unchecked and not counted. */
        record Waiting(Duration left) implements Outcome {
        }

        /** Another attempt changed the count first: read it again. */
        record Raced() implements Outcome {
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The row for a subject, created when missing; another request creating it at the same moment fails here. */
    public void open(String subject, String accountKey) {
        if (em.find(LoginAttempts.class, subject) == null) {
            em.persist(new LoginAttempts(subject, accountKey));
            em.flush();
        }
    }

    public Optional<LoginAttempts> read(String subject) {
        return Optional.ofNullable(em.find(LoginAttempts.class, subject));
    }

    public Outcome count(String subject, LoginThrottle rule, Instant now) {
        LoginAttempts row = em.find(LoginAttempts.class, subject);
        if (row == null) {
            return new Outcome.Raced(); // swept since it was opened
        }
        Optional<Duration> wait = rule.remainingWait(row.getFailures(), row.getLastFailureAt(), now);
        if (wait.isPresent()) {
            return new Outcome.Waiting(wait.get());
        }
        int failures = rule.counted(row.getFailures(), row.getLastFailureAt(), now) + 1;
        int changed = em.createQuery("UPDATE LoginAttempts a SET a.failures = :failures, a.lastFailureAt = :now,"
                        + " a.version = a.version + 1 WHERE a.subject = :subject AND a.version = :version")
                .setParameter("failures", failures).setParameter("now", now)
                .setParameter("subject", subject).setParameter("version", row.getVersion()).executeUpdate();
        return changed == 1 ? new Outcome.Counted() : new Outcome.Raced();
    }

    /** A right password: the e-mail's count from that address starts again. */
    public void forget(String subject) {
        em.createQuery("UPDATE LoginAttempts a SET a.failures = 0, a.lastFailureAt = NULL, a.version = a.version + 1"
                + " WHERE a.subject = :subject").setParameter("subject", subject).executeUpdate();
    }

    /** A right password: the address's attempt counted beforehand is taken back (its other failures still count). */
    public void takeBack(String subject) {
        em.createQuery("UPDATE LoginAttempts a SET a.failures = a.failures - 1, a.version = a.version + 1"
                + " WHERE a.subject = :subject AND a.failures > 0").setParameter("subject", subject).executeUpdate();
    }

    /** A new password set through a reset link: every count for this e-mail starts again, from wherever. */
    public void forgetAccount(String accountKey) {
        em.createQuery("UPDATE LoginAttempts a SET a.failures = 0, a.lastFailureAt = NULL, a.version = a.version + 1"
                + " WHERE a.accountKey = :key").setParameter("key", accountKey).executeUpdate();
    }

    /** Rows whose failures nobody counts any more. */
    public int sweep(Instant before) {
        return em.createQuery("DELETE FROM LoginAttempts a WHERE a.lastFailureAt IS NULL OR a.lastFailureAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
