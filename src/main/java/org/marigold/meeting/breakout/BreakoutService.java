package org.marigold.meeting.breakout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marigold.account.Account;
import org.marigold.community.CommunityRepository;
import org.marigold.community.Role;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.MeetingRepository;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingView;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;

/**
 * Forms a meeting's breakout groups from the people present, and places late joiners. The meeting row is locked
 * while groups change, so two facilitators forming groups at once, or a late joiner arriving meanwhile, leave one
 * consistent set of groups with each person in at most one.
 */
@ApplicationScoped
@Transactional
public class BreakoutService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    MeetingService meetingService;

    @Inject
    MeetingRepository meetings;

    @Inject
    CommunityRepository communities;

    @Inject
    Event<MeetingChanged> changed;

    /** The meeting's groups in order, for anyone who may see the meeting. */
    public List<Breakout> groups(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        return of(view.meeting());
    }

    /** The caller's group, if groups are formed and they are in one. */
    public Optional<Breakout> mine(long actorId, long meetingId) {
        return groups(actorId, meetingId).stream().filter(group -> group.has(actorId)).findFirst();
    }

    /**
     * A facilitator splits the people present into balanced groups (by number of groups or by group size), replacing
     * any groups formed before. Groups start from the meeting's starter list.
     */
    public List<Breakout> form(long actorId, long meetingId, GroupAssignment.Split asking, int asked, boolean presenterOut,
                               boolean spreadFacilitators) {
        MeetingView view = meetingService.open(actorId, meetingId);
        if (!view.facilitates()) {
            throw new AccessDenied("Only the meeting's facilitators form breakout groups.");
        }
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        List<Account> present = meetingService.present(actorId, meetingId);
        Map<Long, Account> byId = present.stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        List<GroupAssignment.Person> people = present.stream().map(person -> new GroupAssignment.Person(person.getId(),
                facilitates(meeting, person), meeting.isPresenter(person.getId()))).toList();
        List<List<Long>> split;
        try {
            int assignable = (int) people.stream().filter(p -> !(presenterOut && p.presenter())).count();
            int groups = GroupAssignment.groupCount(asking, asked, assignable);
            split = GroupAssignment.balanced(people, groups, presenterOut, spreadFacilitators, RANDOM);
        } catch (IllegalArgumentException refused) {
            throw Rejected.onField("groups", refused.getMessage());
        }
        em.createNamedQuery("Breakout.deleteOf").setParameter("meeting", meeting).executeUpdate();
        List<Breakout> formed = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            Breakout group = new Breakout(meeting, i, "Group " + (i + 1), meeting.getStarterList());
            split.get(i).forEach(id -> group.add(byId.get(id)));
            em.persist(group);
            formed.add(group);
        }
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return formed;
    }

    /**
     * Someone who arrives after the groups were formed goes to the smallest group; returns it. Nothing happens when
     * no groups are formed or the meeting has ended, for someone already in a group, and for facilitators and the
     * presenter (who move between groups, or may have been kept out on purpose).
     */
    public Optional<Breakout> placeLateJoiner(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        if (view.facilitates() || view.presents() || !view.meeting().isRunning()) {
            return Optional.empty();
        }
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        List<Breakout> groups = of(meeting);
        if (groups.isEmpty() || groups.stream().anyMatch(group -> group.has(actorId))) {
            return Optional.empty();
        }
        Breakout smallest = groups.get(GroupAssignment.smallest(groups.stream().map(Breakout::getSize).toList()));
        smallest.add(em.find(Account.class, actorId));
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.ATTENDANCE));
        return Optional.of(smallest);
    }

    private boolean facilitates(Meeting meeting, Account person) {
        return meeting.isCoFacilitator(person.getId()) || communities.membership(meeting.getCommunity(), person.getId())
                .map(m -> m.allows(Role.FACILITATOR)).orElse(false);
    }

    private List<Breakout> of(Meeting meeting) {
        return em.createNamedQuery("Breakout.of", Breakout.class).setParameter("meeting", meeting).getResultList();
    }
}
