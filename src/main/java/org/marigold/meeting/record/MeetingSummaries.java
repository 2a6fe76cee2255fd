package org.marigold.meeting.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.community.MailKeys;
import org.marigold.community.MailKind;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.mail.MeetingMailClaims;
import org.marigold.mail.Outbox;
import org.marigold.meeting.Attendance;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingStatus;
import org.marigold.platform.SqlMoment;

/**
 * Mail after a meeting, {@link #AFTER} its end (time for the facilitator to tidy the record): those who came get its
 * summary ({@link MailKind#SUMMARIES}), members who missed it a short digest with the record's link and how long it
 * takes comments ({@link MailKind#DIGESTS}), or the summary too where the community chose so; guests who missed it get
 * nothing. Only to confirmed addresses, each in its
 * reader's language, naming nobody (a community may keep its records anonymous). Queued once per meeting, whatever
 * the number of instances ({@link MeetingMailClaims}, kind AFTER).
 */
@ApplicationScoped
public class MeetingSummaries {

    /** How long after its end a meeting is summarised. */
    public static final Duration AFTER = Duration.ofMinutes(30);
    /** Meetings that ended longer ago than this are not summarised any more (a server that was down for a week). */
    public static final Duration AT_MOST = Duration.ofDays(3);
    /** The recommendations a summary lists (the most supported first); a digest lists fewer. */
    static final int LISTED = 10;
    static final int LISTED_IN_DIGEST = 3;
    /** The kind under which a meeting's mail after it is claimed ({@link MeetingMailClaims}). */
    private static final String CLAIM = "AFTER";

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailKeys keys;

    @Inject
    MeetingMailClaims claims;

    @Inject
    MeetingSummaries self; // each meeting in a transaction of its own

    @Inject
    @ConfigProperty(name = "marigold.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Queues the mail of every meeting due at {@code now}; returns how many messages. */
    public int summariseDue(Instant now) {
        int queued = 0;
        for (Long meetingId : self.due(now)) {
            queued += self.summarise(meetingId, now);
        }
        return queued;
    }

    /** Meetings that ended between {@link #AT_MOST} and {@link #AFTER} ago and were not summarised. */
    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> due(Instant now) {
        List<Number> ids = em.createNativeQuery("SELECT m.id FROM meeting m WHERE m.status = 'ENDED'"
                        + " AND m.ended_at > ?1 AND m.ended_at <= ?2"
                        + " AND NOT EXISTS (SELECT 1 FROM meeting_reminder r WHERE r.meeting_id = m.id AND r.kind = 'AFTER')")
                .setParameter(1, SqlMoment.of(now.minus(AT_MOST))).setParameter(2, SqlMoment.of(now.minus(AFTER))).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Records that the meeting is summarised and queues its mail; 0 when another instance did first. */
    @Transactional(TxType.REQUIRES_NEW)
    public int summarise(long meetingId, Instant now) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || meeting.getStatus() != MeetingStatus.ENDED || !claims.claim(meetingId, CLAIM, now)) {
            return 0;
        }
        Set<Long> came = em.createNamedQuery("Attendance.ofMeeting", Attendance.class).setParameter("meetingId", meetingId)
                .getResultStream().map(Attendance::getAccountId).collect(Collectors.toSet());
        List<Membership> members = em.createQuery("SELECT ms FROM Membership ms JOIN FETCH ms.account"
                + " WHERE ms.community = :community AND ms.account.emailConfirmedAt IS NOT NULL ORDER BY ms.id", Membership.class)
                .setParameter("community", meeting.getCommunity()).getResultList();
        MeetingSummaryMail.Content content = content(meeting, came);
        String base = baseUrl.replaceAll("/+$", "");
        int queued = 0;
        boolean toAll = meeting.getCommunity().isSummariesToAll();
        for (Membership member : members) {
            boolean present = came.contains(member.getAccount().getId());
            if ((present || toAll && member.getRole() != Role.GUEST) && member.wants(MailKind.SUMMARIES)) {
                outbox.queue(MeetingSummaryMail.summary(member, keys.of(member), content, base));
                queued++;
            } else if (!present && member.getRole() != Role.GUEST && member.wants(MailKind.DIGESTS)) {
                outbox.queue(MeetingSummaryMail.digest(member, keys.of(member), content, base));
                queued++;
            }
        }
        return queued;
    }

    /** What the mail says of the meeting: its recommendations (most supported first) and the presenter's reflection. */
    private MeetingSummaryMail.Content content(Meeting meeting, Set<Long> came) {
        List<Contribution> said = em.createNamedQuery("Contribution.ofMeeting", Contribution.class).setParameter("meeting", meeting)
                .getResultList().stream().filter(c -> !c.isMerged()).toList();
        List<String> recommendations = said.stream().filter(c -> c.getKind() == ContributionKind.RECOMMENDATION)
                .sorted(Comparator.comparingInt(Contribution::getVotes).reversed()).map(Contribution::getBody).toList();
        List<String> reflection = said.stream().filter(c -> c.getKind() == ContributionKind.REFLECTION).map(Contribution::getBody).toList();
        int commentDays = meeting.getCommunity().getCommentDays();
        Instant commentsUntil = commentDays > 0 ? meeting.getEndedAt().plus(Duration.ofDays(commentDays)) : null;
        return new MeetingSummaryMail.Content(meeting, recommendations, reflection, said.size(), came, commentsUntil);
    }
}
