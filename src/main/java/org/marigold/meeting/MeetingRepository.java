package org.marigold.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.community.Community;

@ApplicationScoped
public class MeetingRepository {

    @PersistenceContext(unitName = "marigold")
    private EntityManager em;

    public Meeting add(Meeting meeting) {
        em.persist(meeting);
        return meeting;
    }

    public Optional<Meeting> find(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    /** Loads the meeting locked for this transaction, so that simultaneous transitions apply one after the other. */
    public Optional<Meeting> lockForChange(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Running meetings with a phase that moves on by itself when its time is up. */
    public List<Long> movingOnByItself() {
        return em.createNamedQuery("Meeting.movingOnByItself", Long.class).setParameter("running", MeetingStatus.RUNNING).getResultList();
    }

    public List<Long> runningWithReleaseOnTimer() {
        return em.createNamedQuery("Meeting.releasingOnTimer", Long.class).getResultList();
    }

    /**
     * The next meeting of each of these communities that has not yet ended, in one query.
     * A meeting counts until its planned end, so one running now is still "next".
     */
    public Map<Long, Meeting> nextOf(Collection<Long> communityIds, Instant now) {
        Map<Long, Meeting> next = new LinkedHashMap<>();
        if (communityIds.isEmpty()) {
            return next;
        }
        // Meetings last at most a day, so anything that started more than a day ago has ended.
        List<Meeting> upcoming = em.createNamedQuery("Meeting.upcoming", Meeting.class)
                .setParameter("communityIds", communityIds)
                .setParameter("since", now.minusSeconds(24 * 3600))
                .getResultList();
        for (Meeting meeting : upcoming) {
            if (meeting.getEndsAt().isAfter(now) || meeting.isRunning()) {
                next.putIfAbsent(meeting.getCommunity().getId(), meeting);
            }
        }
        return next;
    }

    public Optional<Meeting> nextOf(long communityId, Instant now) {
        return Optional.ofNullable(nextOf(List.of(communityId), now).get(communityId));
    }

    public Transition add(Transition transition) {
        em.persist(transition);
        return transition;
    }

    public List<Transition> transitions(Meeting meeting) {
        return em.createNamedQuery("Transition.ofMeeting", Transition.class).setParameter("meeting", meeting).getResultList();
    }

    public List<ProtocolTemplate> templatesFor(Community community) {
        return em.createNamedQuery("ProtocolTemplate.availableTo", ProtocolTemplate.class)
                .setParameter("community", community).getResultList();
    }

    public ProtocolTemplate add(ProtocolTemplate template) {
        em.persist(template);
        return template;
    }

    public void remove(ProtocolTemplate template) {
        em.remove(template);
    }

    public Optional<ProtocolTemplate> template(long id) {
        return Optional.ofNullable(em.find(ProtocolTemplate.class, id));
    }

    public Contribution add(Contribution contribution) {
        em.persist(contribution);
        return contribution;
    }

    /** When this person's latest contributions to the meeting were saved, newest first (for {@link PostingPace}). */
    public List<Instant> recentContributions(long meetingId, long authorId, Instant since) {
        return em.createQuery("SELECT c.createdAt FROM Contribution c WHERE c.meeting.id = :meeting AND c.author.id = :author"
                        + " AND c.createdAt > :since ORDER BY c.createdAt DESC", Instant.class)
                .setParameter("meeting", meetingId).setParameter("author", authorId).setParameter("since", since)
                .setMaxResults(PostingPace.postsToRead()).getResultList();
    }

    /**
     * Adds this person's vote, or takes it back, by one statement on the votes alone, not through the contribution: a
     * change to its voters would change its version, and of two people liking the same answer at once one would be
     * refused (seen in a chat of 300). Returns whether they now support it; the contribution is read again.
     */
    public boolean toggleVote(Contribution contribution, long accountId) {
        int taken = em.createNativeQuery("DELETE FROM contribution_vote WHERE contribution_id = ?1 AND account_id = ?2")
                .setParameter(1, contribution.getId()).setParameter(2, accountId).executeUpdate();
        if (taken == 0) {
            em.createNativeQuery("INSERT INTO contribution_vote (contribution_id, account_id) VALUES (?1, ?2)")
                    .setParameter(1, contribution.getId()).setParameter(2, accountId).executeUpdate();
        }
        em.refresh(contribution);
        return taken == 0;
    }

    public Optional<Contribution> contribution(long id) {
        return Optional.ofNullable(em.find(Contribution.class, id));
    }

    /** The contribution, locked until the transaction ends: changes to it by two people at once are made one after the other. */
    public Optional<Contribution> lockContribution(long id) {
        return Optional.ofNullable(em.find(Contribution.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Contribution> contributions(Meeting meeting) {
        return em.createNamedQuery("Contribution.ofMeeting", Contribution.class).setParameter("meeting", meeting).getResultList();
    }

    /*
     * What a live page shows is read by itself, not picked out of the whole meeting: a long chat says thousands of
     * things, and every page's re-render would read them all (index contribution_meeting: meeting, phase, time).
     */
    private static final String STANDING = " c.meeting = :meeting AND c.mergedInto IS NULL"
            + " AND c.kind <> org.marigold.meeting.ContributionKind.REPLY";
    private static final String SHOWN = "SELECT c FROM Contribution c LEFT JOIN FETCH c.author WHERE" + STANDING;

    /** How many things were said in this phase (not replies, not questions merged into others). */
    public long countSaidIn(Meeting meeting, int phaseIndex) {
        return em.createQuery("SELECT COUNT(c) FROM Contribution c WHERE" + STANDING + " AND c.phaseIndex = :phase", Long.class)
                .setParameter("meeting", meeting).setParameter("phase", phaseIndex).getSingleResult();
    }

    /** The latest {@code limit} things said in this phase (all of them when null), oldest first. */
    public List<Contribution> saidIn(Meeting meeting, int phaseIndex, Integer limit) {
        var query = em.createQuery(SHOWN + " AND c.phaseIndex = :phase ORDER BY c.createdAt DESC, c.id DESC", Contribution.class)
                .setParameter("meeting", meeting).setParameter("phase", phaseIndex);
        if (limit != null) {
            query.setMaxResults(limit);
        }
        List<Contribution> newestFirst = new java.util.ArrayList<>(withVoters(query).getResultList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Questions held for later in the phases before this one. */
    public List<Contribution> heldBefore(Meeting meeting, int phaseIndex) {
        return withVoters(em.createQuery(SHOWN + " AND c.held = TRUE AND c.phaseIndex < :phase ORDER BY c.phaseIndex, c.createdAt, c.id",
                Contribution.class).setParameter("meeting", meeting).setParameter("phase", phaseIndex)).getResultList();
    }

    /** Questions held for later and brought back in this phase. */
    public List<Contribution> broughtBackTo(Meeting meeting, int phaseIndex) {
        return withVoters(em.createQuery(SHOWN + " AND c.held = TRUE AND c.broughtBackIn = :phase ORDER BY c.phaseIndex, c.createdAt, c.id",
                Contribution.class).setParameter("meeting", meeting).setParameter("phase", phaseIndex)).getResultList();
    }

    /** Questions held for later that wait: not brought back, not answered, in the order they were asked. */
    public List<Contribution> heldWaiting(Meeting meeting) {
        return withVoters(em.createQuery(SHOWN + " AND c.held = TRUE AND c.broughtBackIn IS NULL AND c.answered = FALSE"
                + " ORDER BY c.phaseIndex, c.createdAt, c.id", Contribution.class).setParameter("meeting", meeting)).getResultList();
    }

    /** Every recommendation of the meeting. */
    public List<Contribution> recommendations(Meeting meeting) {
        return withVoters(em.createQuery(SHOWN + " AND c.kind = org.marigold.meeting.ContributionKind.RECOMMENDATION"
                + " ORDER BY c.phaseIndex, c.createdAt, c.id", Contribution.class).setParameter("meeting", meeting)).getResultList();
    }

    /** The presenter's latest restatement of the focus question still shown, if any. */
    public Optional<Contribution> latestRestatement(Meeting meeting) {
        return em.createQuery(SHOWN + " AND c.kind = :kind ORDER BY c.createdAt DESC, c.id DESC", Contribution.class)
                .setParameter("meeting", meeting).setParameter("kind", ContributionKind.RESTATEMENT).setMaxResults(1).getResultStream().findFirst();
    }

    /** The replies under these contributions, in the order they were said. */
    public List<Contribution> repliesTo(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return withVoters(em.createQuery("SELECT c FROM Contribution c LEFT JOIN FETCH c.author WHERE c.parent.id IN :parents"
                + " ORDER BY c.createdAt, c.id", Contribution.class).setParameter("parents", parentIds)).getResultList();
    }

    /** The voters of all the contributions read, in one more query (not one per contribution). */
    private static <T> jakarta.persistence.TypedQuery<T> withVoters(jakarta.persistence.TypedQuery<T> query) {
        return query.setHint("eclipselink.batch", "c.voters").setHint("eclipselink.batch", "c.alsoAskedBy")
                .setHint("eclipselink.batch.type", "IN");
    }

    /** Records that the person is here; returns true when this is their first arrival. */
    public boolean recordAttendance(long meetingId, long accountId, Instant now) {
        // One person's pages may arrive at once (two devices, or two updates of one page): the person's row is locked
        // so that the second finds the first's arrival instead of inserting it again.
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Attendance known = em.find(Attendance.class, new Attendance.Key(meetingId, accountId));
        if (known != null) {
            known.seen(now);
            return false;
        }
        em.persist(new Attendance(meetingId, accountId, now));
        return true;
    }

    public long attendanceCount(long meetingId) {
        return em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.meetingId = :meetingId", Long.class)
                .setParameter("meetingId", meetingId).getSingleResult();
    }

    public List<String> latestAttendeeNames(long meetingId, int limit) {
        return em.createQuery("SELECT p.displayName FROM Attendance a, Account p WHERE a.meetingId = :meetingId AND p.id = a.accountId"
                + " ORDER BY a.firstJoinedAt DESC, p.id DESC", String.class).setParameter("meetingId", meetingId).setMaxResults(limit)
                .getResultList();
    }

    /** The people who came, in the order they arrived: one query, however many they are. */
    public List<Account> attendees(long meetingId) {
        return em.createQuery("SELECT p FROM Attendance a, Account p WHERE a.meetingId = :meetingId AND p.id = a.accountId"
                + " ORDER BY a.firstJoinedAt", Account.class).setParameter("meetingId", meetingId).getResultList();
    }

    public List<Attendance> attendance(long meetingId) {
        return em.createNamedQuery("Attendance.ofMeeting", Attendance.class).setParameter("meetingId", meetingId).getResultList();
    }

    /** The starter lists the meeting's breakout groups were given. */
    public List<org.marigold.library.ResourceList> groupStarterLists(Meeting meeting) {
        return em.createQuery("SELECT DISTINCT b.starterList FROM Breakout b WHERE b.meeting = :meeting AND b.starterList IS NOT NULL",
                org.marigold.library.ResourceList.class).setParameter("meeting", meeting).getResultList();
    }

    /** The latest meeting of the same community that ended before this one began and had a presenter. */
    public Optional<Meeting> presentedBefore(Meeting meeting) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.community = :community AND m.status = org.marigold.meeting.MeetingStatus.ENDED"
                        + " AND m.presenter IS NOT NULL AND m.startsAt < :before AND m.id <> :id ORDER BY m.startsAt DESC", Meeting.class)
                .setParameter("community", meeting.getCommunity()).setParameter("before", meeting.getStartsAt())
                .setParameter("id", meeting.getId()).setMaxResults(1).getResultStream().findFirst();
    }

    /** Meetings this person presents at, starting in the window, whose problem of practice is not written yet. */
    public List<Meeting> toPresentWithoutProblem(long presenterId, Collection<Long> communityIds, Instant from, Instant until) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.presenter.id = :presenter AND m.community.id IN :communities"
                        + " AND m.status IN (org.marigold.meeting.MeetingStatus.SCHEDULED, org.marigold.meeting.MeetingStatus.OPEN)"
                        + " AND m.startsAt >= :from AND m.startsAt < :until AND m.problem.title IS NULL ORDER BY m.startsAt", Meeting.class)
                .setParameter("presenter", presenterId).setParameter("communities", communityIds)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** Meetings this person presented at, ended since then, that do not yet say what they tried. */
    public List<Meeting> presentedWithoutFollowUp(long presenterId, Collection<Long> communityIds, Instant since) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.presenter.id = :presenter AND m.community.id IN :communities"
                        + " AND m.status = org.marigold.meeting.MeetingStatus.ENDED AND m.endedAt >= :since AND m.followUp IS NULL"
                        + " ORDER BY m.endedAt DESC", Meeting.class)
                .setParameter("presenter", presenterId).setParameter("communities", communityIds).setParameter("since", since)
                .getResultList();
    }

    /** A page of a community's coming or past meetings having every word (see {@link MeetingPage}). */
    public List<Meeting> find(Community community, MeetingPage.When when, List<String> words, Instant boundary, int first, int most) {
        var query = em.createQuery("SELECT m FROM Meeting m LEFT JOIN m.presenter p WHERE " + where(when, words)
                + (when == MeetingPage.When.UPCOMING ? " ORDER BY m.startsAt, m.id" : " ORDER BY m.startsAt DESC, m.id DESC"), Meeting.class);
        bind(query, community, words, boundary);
        return query.setFirstResult(first).setMaxResults(most).getResultList();
    }

    public long count(Community community, MeetingPage.When when, List<String> words, Instant boundary) {
        var query = em.createQuery("SELECT COUNT(m) FROM Meeting m LEFT JOIN m.presenter p WHERE " + where(when, words), Long.class);
        bind(query, community, words, boundary);
        return query.getSingleResult();
    }

    private static String where(MeetingPage.When when, List<String> words) {
        StringBuilder where = new StringBuilder("m.community = :community AND ");
        where.append(when == MeetingPage.When.UPCOMING
                ? "(m.status IN (org.marigold.meeting.MeetingStatus.OPEN, org.marigold.meeting.MeetingStatus.RUNNING)"
                + " OR (m.status IN (org.marigold.meeting.MeetingStatus.SCHEDULED, org.marigold.meeting.MeetingStatus.CANCELLED)"
                + " AND m.startsAt >= :boundary))"
                : "(m.status = org.marigold.meeting.MeetingStatus.ENDED"
                + " OR (m.status IN (org.marigold.meeting.MeetingStatus.SCHEDULED, org.marigold.meeting.MeetingStatus.CANCELLED)"
                + " AND m.startsAt < :boundary))");
        for (int i = 0; i < words.size(); i++) {
            String w = ":w" + i;
            where.append(" AND (LOWER(m.title) LIKE ").append(w).append(" OR LOWER(m.problem.title) LIKE ").append(w)
                    .append(" OR LOWER(m.problem.context) LIKE ").append(w).append(" OR LOWER(m.protocolName) LIKE ").append(w)
                    .append(" OR LOWER(p.displayName) LIKE ").append(w).append(")");
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, Community community, List<String> words, Instant boundary) {
        query.setParameter("community", community).setParameter("boundary", boundary);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i) + "%");
        }
    }
}
