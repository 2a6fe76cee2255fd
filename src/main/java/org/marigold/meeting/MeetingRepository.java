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

    public List<Long> runningWithReleaseOnTimer() {
        return em.createNamedQuery("Meeting.releasingOnTimer", Long.class).getResultList();
    }

    public List<Meeting> ofCommunity(Community community) {
        return em.createNamedQuery("Meeting.ofCommunity", Meeting.class).setParameter("community", community).getResultList();
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

    public Optional<Contribution> contribution(long id) {
        return Optional.ofNullable(em.find(Contribution.class, id));
    }

    public List<Contribution> contributions(Meeting meeting) {
        return em.createNamedQuery("Contribution.ofMeeting", Contribution.class).setParameter("meeting", meeting).getResultList();
    }

    /** Records that the person is here; returns true when this is their first arrival. */
    public boolean recordAttendance(long meetingId, long accountId, Instant now) {
        Attendance known = em.find(Attendance.class, new Attendance.Key(meetingId, accountId));
        if (known != null) {
            known.seen(now);
            return false;
        }
        em.persist(new Attendance(meetingId, accountId, now));
        return true;
    }

    public List<Attendance> attendance(long meetingId) {
        return em.createNamedQuery("Attendance.ofMeeting", Attendance.class).setParameter("meetingId", meetingId).getResultList();
    }

    /** The starter lists the meeting's breakout groups were given. */
    public List<org.marigold.library.ResourceList> groupStarterLists(Meeting meeting) {
        return em.createQuery("SELECT DISTINCT b.starterList FROM Breakout b WHERE b.meeting = :meeting AND b.starterList IS NOT NULL",
                org.marigold.library.ResourceList.class).setParameter("meeting", meeting).getResultList();
    }
}
