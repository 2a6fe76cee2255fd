package org.marigold.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.community.MailKeys;
import org.marigold.community.Membership;
import org.marigold.mail.MeetingMailClaims;
import org.marigold.mail.Outbox;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingReplanned;
import org.marigold.meeting.MeetingStatus;
import org.marigold.platform.SqlMoment;

/**
 * Mail that reminds members of a coming meeting, a week and a day before it, to those who want it in that community
 * ({@link Membership#isReminders()}) and whose address is confirmed; the presenter is asked for the problem of practice while it is unwritten. Each
 * reminder is queued once per meeting and kind, in the transaction that records it (the {@code meeting_reminder} row,
 * whose key a second instance cannot insert again), so a cluster sends it once; a meeting moved to another time is
 * reminded of again.
 */
@ApplicationScoped
public class MeetingReminders {

    /** How long before a meeting each reminder goes. */
    public enum Kind {
        WEEK(Duration.ofDays(7)), DAY(Duration.ofDays(1));

        final Duration before;

        Kind(Duration before) {
            this.before = before;
        }
    }

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailKeys keys;

    @Inject
    MeetingMailClaims claims;

    @Inject
    MeetingReminders self; // each meeting's reminders in a transaction of their own

    /** This server's public address, for the links in mail sent by no request. */
    @Inject
    @ConfigProperty(name = "marigold.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Queues every reminder due at {@code now}; returns how many messages. */
    public int remindDue(Instant now) {
        int queued = 0;
        for (Kind kind : Kind.values()) {
            for (Long meetingId : self.due(kind, now)) {
                queued += self.remind(meetingId, kind, now);
            }
        }
        return queued;
    }

    /**
     * Meetings to come whose reminder of this kind is due and not sent: within its time before the start (a week's
     * only while more than a day is left, when the day's takes over).
     */
    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> due(Kind kind, Instant now) {
        Instant after = kind == Kind.WEEK ? now.plus(Kind.DAY.before) : now;
        List<Number> ids = em.createNativeQuery("SELECT m.id FROM meeting m WHERE m.status IN ('SCHEDULED', 'OPEN')"
                        + " AND m.starts_at > ?1 AND m.starts_at <= ?2"
                        + " AND NOT EXISTS (SELECT 1 FROM meeting_reminder r WHERE r.meeting_id = m.id AND r.kind = ?3)")
                .setParameter(1, SqlMoment.of(after)).setParameter(2, SqlMoment.of(now.plus(kind.before))).setParameter(3, kind.name()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Records the reminder and queues its mail to each member who wants it; 0 when another instance did first. */
    @Transactional(TxType.REQUIRES_NEW)
    public int remind(long meetingId, Kind kind, Instant now) {
        // The meeting's row is locked first: an instance that comes second waits here, then finds the reminder claimed.
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || (meeting.getStatus() != MeetingStatus.SCHEDULED && meeting.getStatus() != MeetingStatus.OPEN)
                || !claims.claim(meetingId, kind.name(), now)) {
            return 0;
        }
        List<Membership> wanting = em.createQuery("SELECT ms FROM Membership ms JOIN FETCH ms.account"
                + " WHERE ms.community = :community AND ms.reminders = TRUE AND ms.account.emailConfirmedAt IS NOT NULL ORDER BY ms.id", Membership.class)
                .setParameter("community", meeting.getCommunity()).getResultList();
        String base = baseUrl.replaceAll("/+$", "");
        String calendar = MeetingCalendar.write(meeting.getCommunity().getName(),
                List.of(MeetingCalendar.entry(meeting, URI.create(base + "/api/"))), now);
        for (Membership member : wanting) {
            outbox.queue(ReminderMail.to(member, keys.of(member), meeting, kind, base, calendar));
        }
        return wanting.size();
    }

    /** A meeting moved to another time (or called off and planned again) is reminded of again, for its new time. */
    void replanned(@Observes MeetingReplanned event) {
        em.createNativeQuery("DELETE FROM meeting_reminder WHERE meeting_id = ?1").setParameter(1, event.meetingId()).executeUpdate();
    }
}
