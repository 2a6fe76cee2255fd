package org.marigold.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.marigold.platform.SqlMoment;

/**
 * Which mail about a meeting has been queued (the {@code meeting_reminder} table: the week's and the day's reminders,
 * the summaries AFTER it): each kind once per meeting, however many instances look. The caller holds the meeting's
 * row locked, so an instance that comes second waits, then finds the claim and queues nothing; the table's key still
 * refuses a second row, should anything else get there.
 */
@ApplicationScoped
public class MeetingMailClaims {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    /** Records that this kind of mail is queued for the meeting, in the caller's transaction; false if it was already. */
    @Transactional(TxType.MANDATORY)
    public boolean claim(long meetingId, String kind, Instant now) {
        Number recorded = (Number) em.createNativeQuery("SELECT COUNT(*) FROM meeting_reminder WHERE meeting_id = ?1 AND kind = ?2")
                .setParameter(1, meetingId).setParameter(2, kind).getSingleResult();
        if (recorded.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO meeting_reminder (meeting_id, kind, queued_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, meetingId).setParameter(2, kind).setParameter(3, SqlMoment.of(now)).executeUpdate();
        return true;
    }
}
