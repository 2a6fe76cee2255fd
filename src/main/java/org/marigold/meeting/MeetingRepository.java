package org.marigold.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class MeetingRepository {

    @PersistenceContext(unitName = "marigold")
    private EntityManager em;

    public Meeting add(Meeting meeting) {
        em.persist(meeting);
        return meeting;
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
            if (meeting.getEndsAt().isAfter(now)) {
                next.putIfAbsent(meeting.getCommunity().getId(), meeting);
            }
        }
        return next;
    }

    public Optional<Meeting> nextOf(long communityId, Instant now) {
        return Optional.ofNullable(nextOf(List.of(communityId), now).get(communityId));
    }
}
