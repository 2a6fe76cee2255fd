package org.marigold.meeting.breakout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marigold.account.Account;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.library.Resource;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.MeetingRepository;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.PhaseKind;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;

/**
 * A meeting's breakout groups: forming them from the people present, moving people by hand, members choosing
 * under a cap, placing late joiners, naming groups and giving each its lens and starters, the "we need the
 * facilitator" flag, broadcasts, and the facilitators' overview. The meeting row is locked while membership
 * changes, so two facilitators at once, or a late joiner arriving meanwhile, leave one consistent set of groups
 * with each person in at most one.
 */
@ApplicationScoped
@Transactional
public class BreakoutService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How many past broadcasts a group page shows. */
    private static final int BROADCASTS_SHOWN = 10;

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    MeetingService meetingService;

    @Inject
    MeetingRepository meetings;

    @Inject
    CommunityService communities;

    @Inject
    ResourceListService lists;

    @Inject
    Event<MeetingChanged> changed;

    @Inject
    Clock clock;

    /** How many of each group's latest notes and finds the overview shows. */
    static final int LATEST_SHOWN = 3;

    /** The meeting's newest notes (and finds) the overview reads for all its groups' latest, at most. */
    private static final int LATEST_READ = 500;

    /**
     * What a facilitator sees of one group at a glance: how many notes and finds, and the latest of each, newest first,
     * as they are written.
     */
    public record Summary(Breakout group, long notes, long finds, List<BreakoutNote> latestNotes, List<Resource> latestFinds) {
    }

    /** The meeting's groups in order, for anyone who may see the meeting. */
    public List<Breakout> groups(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        return of(view.meeting());
    }

    /** One group, for anyone who may see its meeting (everything a group does comes back to the room). */
    public Breakout group(long actorId, long breakoutId) {
        Breakout group = find(breakoutId);
        meetingService.open(actorId, group.getMeeting().getId());
        return group;
    }

    /** The caller's group, if groups are formed and they are in one. */
    public Optional<Breakout> mine(long actorId, long meetingId) {
        return groups(actorId, meetingId).stream().filter(group -> group.has(actorId)).findFirst();
    }

    /** Whether this person may write in this group: its members, and the meeting's facilitators anywhere. */
    public boolean mayWrite(long actorId, Breakout group) {
        return group.has(actorId) || meetingService.open(actorId, group.getMeeting().getId()).facilitates();
    }

    /**
     * A facilitator forms groups, replacing any formed before: balanced from the people present (by number of groups
     * or by group size), or empty groups that members choose themselves. Groups start from the meeting's starter
     * list. Once a group has written notes or found resources its work is kept: groups are then changed by moving
     * people, not formed again.
     */
    public List<Breakout> form(long actorId, long meetingId, GroupAssignment.Request request) {
        Meeting meeting = lockedForFacilitator(actorId, meetingId);
        if (hasWork(meeting)) {
            throw Rejected.onField("groups", "breakout.reform.hasWork");
        }
        List<Account> present = meetingService.present(actorId, meetingId);
        Map<Long, Account> byId = present.stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        List<GroupAssignment.Person> people = present.stream().map(person -> new GroupAssignment.Person(person.getId(),
                facilitates(meeting, person), meeting.isPresenter(person.getId()))).toList();
        if (request.cap() != null && request.cap() < 1) {
            throw Rejected.onField("cap", "breakout.cap.invalid");
        }
        List<List<Long>> split;
        try {
            boolean presenterOut = request.presenterOut() || request.membersChoose();
            int assignable = (int) people.stream().filter(p -> !(presenterOut && p.presenter())).count();
            int groups = GroupAssignment.groupCount(request.split(), request.asked(), assignable);
            split = request.membersChoose()
                    ? java.util.stream.IntStream.range(0, groups).mapToObj(i -> List.<Long>of()).toList()
                    : GroupAssignment.balanced(people, groups, presenterOut, request.spreadFacilitators(), RANDOM);
        } catch (IllegalArgumentException refused) {
            throw Rejected.onField("groups", refused.getMessage());
        }
        em.createNamedQuery("Breakout.deleteOf").setParameter("meeting", meeting).executeUpdate();
        List<Breakout> formed = new ArrayList<>();
        java.util.Locale language = em.find(Account.class, actorId).getLanguage();
        for (int i = 0; i < split.size(); i++) {
            Breakout group = new Breakout(meeting, i, org.marigold.platform.Wording.of(language, "breakout.groupName", i + 1),
                    meeting.getStarterList());
            if (request.membersChoose()) {
                group.chosenByMembers(request.cap());
            }
            split.get(i).forEach(id -> group.add(byId.get(id)));
            em.persist(group);
            formed.add(group);
        }
        fire(meetingId);
        return formed;
    }

    /** A facilitator moves someone of the meeting into another group (caps are for choosing, not for facilitators). */
    public Breakout move(long actorId, long meetingId, long personId, long toBreakoutId) {
        Meeting meeting = lockedForFacilitator(actorId, meetingId);
        Breakout target = of(meeting).stream().filter(g -> g.getId() == toBreakoutId).findFirst()
                .orElseThrow(() -> Rejected.onField("moveTo", "breakout.noSuchGroup"));
        Account person = communities.membership(meeting.getCommunity(), personId).map(m -> m.getAccount())
                .orElseThrow(() -> Rejected.onField("movePerson", "breakout.noSuchPerson"));
        placeIn(meeting, target, person);
        fire(meetingId);
        return target;
    }

    /** A member picks a group that members choose themselves, if it has room; they leave any other group. */
    public Breakout choose(long actorId, long breakoutId) {
        Breakout wanted = find(breakoutId);
        Meeting meeting = meetings.lockForChange(wanted.getMeeting().getId()).orElseThrow(() -> new NotFound("No such meeting"));
        meetingService.open(actorId, meeting.getId());
        em.refresh(wanted);
        if (!wanted.isChosenByMembers()) {
            throw Rejected.because("breakout.notChosen");
        }
        if (wanted.has(actorId)) {
            return wanted;
        }
        if (!wanted.hasRoom()) {
            throw Rejected.because("breakout.full", wanted.getName());
        }
        placeIn(meeting, wanted, em.find(Account.class, actorId));
        fire(meeting.getId());
        return wanted;
    }

    /**
     * Someone who arrives after the groups were formed goes to the smallest group; returns it. Nothing happens when
     * no groups are formed, members choose their groups, or the meeting has ended; for someone already in a group;
     * and for facilitators and the presenter (who move between groups, or may have been kept out on purpose).
     */
    public Optional<Breakout> placeLateJoiner(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        if (view.facilitates() || view.presents() || !view.meeting().isRunning()) {
            return Optional.empty();
        }
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        List<Breakout> groups = of(meeting);
        if (groups.isEmpty() || groups.get(0).isChosenByMembers() || groups.stream().anyMatch(group -> group.has(actorId))) {
            return Optional.empty();
        }
        Breakout smallest = groups.get(GroupAssignment.smallest(groups.stream().map(Breakout::getSize).toList()));
        smallest.add(em.find(Account.class, actorId));
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.ATTENDANCE));
        return Optional.of(smallest);
    }

    /** A facilitator names a group, gives it its lens (what to look at) and its starter list from the library. */
    public Breakout describe(long actorId, long breakoutId, String name, String lens, Long starterListId, Integer cap) {
        Breakout group = find(breakoutId);
        Meeting meeting = lockedForFacilitator(actorId, group.getMeeting().getId());
        ResourceList starters = null;
        if (starterListId != null) {
            starters = lists.list(actorId, starterListId);
            if (!starters.getCommunity().getId().equals(meeting.getCommunity().getId())) {
                throw Rejected.onField("starters", "meeting.noSuchList");
            }
        }
        group.describe(name, lens, starters, cap);
        fire(meeting.getId());
        return group;
    }

    /** A group asks for a facilitator to come by, or says it no longer needs one; a facilitator clears the flag. */
    public Breakout callFacilitator(long actorId, long breakoutId, boolean needed) {
        Breakout group = find(breakoutId);
        meetings.lockForChange(group.getMeeting().getId());
        if (!mayWrite(actorId, group)) {
            throw new AccessDenied("Only the group's members call the facilitator.");
        }
        group.callFacilitator(needed);
        group.touched(clock.instant());
        fire(group.getMeeting().getId());
        return group;
    }

    /** A facilitator's message to every group at once; it appears on every group's page. */
    public Broadcast broadcast(long actorId, long meetingId, String body) {
        Meeting meeting = lockedForFacilitator(actorId, meetingId);
        if (!meeting.isRunning()) {
            throw Rejected.onField("broadcast", "meeting.notRunning");
        }
        Broadcast sent = new Broadcast(meeting, em.find(Account.class, actorId), body, clock.instant());
        em.persist(sent);
        fire(meetingId);
        return sent;
    }

    /** The latest broadcasts, newest first. */
    public List<Broadcast> broadcasts(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        return em.createNamedQuery("Broadcast.of", Broadcast.class).setParameter("meeting", view.meeting())
                .setMaxResults(BROADCASTS_SHOWN).getResultList();
    }

    /** Every group at a glance, for the facilitators: members, notes, finds, last activity, flags. */
    public List<Summary> overview(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        if (!view.facilitates()) {
            throw new AccessDenied("Only the meeting's facilitators see the overview.");
        }
        Map<Long, Long> notes = counts("BreakoutNote.countsOf", view.meeting());
        Map<Long, Long> finds = counts("Breakout.findCounts", view.meeting());
        Map<Long, List<BreakoutNote>> latestNotes = latest(em.createQuery("SELECT n FROM BreakoutNote n WHERE n.breakout.meeting = :meeting"
                + " ORDER BY n.id DESC", BreakoutNote.class), view.meeting(), note -> note.getBreakout().getId());
        Map<Long, List<Resource>> latestFinds = latest(em.createQuery("SELECT r FROM Resource r WHERE r.foundInBreakout.meeting = :meeting"
                + " ORDER BY r.id DESC", Resource.class), view.meeting(), find -> find.getFoundInBreakout().getId());
        return of(view.meeting()).stream()
                .map(group -> new Summary(group, notes.getOrDefault(group.getId(), 0L), finds.getOrDefault(group.getId(), 0L),
                        latestNotes.getOrDefault(group.getId(), List.of()), latestFinds.getOrDefault(group.getId(), List.of())))
                .toList();
    }

    /** Whether the meeting is in its breakouts now, when groups write. */
    public static boolean inBreakout(Meeting meeting) {
        return meeting.isRunning() && meeting.currentPhase() != null && meeting.currentPhase().getKind() == PhaseKind.BREAKOUT;
    }

    /** Whether the room can see what the groups did: a breakout phase lies behind the meeting, or it has ended. */
    public static boolean breakoutsBehind(Meeting meeting) {
        if (meeting.getStatus() == org.marigold.meeting.MeetingStatus.ENDED) {
            return true;
        }
        if (!meeting.isRunning()) {
            return false;
        }
        for (int i = 0; i < meeting.getPhaseIndex(); i++) {
            if (meeting.getPhases().get(i).getKind() == PhaseKind.BREAKOUT) {
                return true;
            }
        }
        return false;
    }

    Breakout find(long breakoutId) {
        return Optional.ofNullable(em.find(Breakout.class, breakoutId)).orElseThrow(() -> new NotFound("No such group"));
    }

    private void placeIn(Meeting meeting, Breakout target, Account person) {
        for (Breakout group : of(meeting)) {
            if (group != target) {
                group.remove(person);
            }
        }
        target.add(person);
        target.touched(clock.instant());
    }

    /** The newest few of each group's things, by group id, from the meeting's newest things (the query, newest first). */
    private static <T> Map<Long, List<T>> latest(TypedQuery<T> newestFirst, Meeting meeting, Function<T, Long> groupOf) {
        Map<Long, List<T>> latest = new HashMap<>();
        for (T thing : newestFirst.setParameter("meeting", meeting).setMaxResults(LATEST_READ).getResultList()) {
            List<T> ofGroup = latest.computeIfAbsent(groupOf.apply(thing), id -> new ArrayList<>());
            if (ofGroup.size() < LATEST_SHOWN) {
                ofGroup.add(thing);
            }
        }
        return latest;
    }

    private Map<Long, Long> counts(String query, Meeting meeting) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(query, Object[].class).setParameter("meeting", meeting).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private boolean hasWork(Meeting meeting) {
        return !counts("BreakoutNote.countsOf", meeting).isEmpty() || !counts("Breakout.findCounts", meeting).isEmpty();
    }

    private Meeting lockedForFacilitator(long actorId, long meetingId) {
        MeetingView view = meetingService.open(actorId, meetingId);
        if (!view.facilitates()) {
            throw new AccessDenied("Only the meeting's facilitators arrange breakout groups.");
        }
        return meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
    }

    private void fire(long meetingId) {
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.GROUPS));
    }

    private boolean facilitates(Meeting meeting, Account person) {
        return meeting.isCoFacilitator(person.getId()) || communities.membership(meeting.getCommunity(), person.getId())
                .map(m -> m.allows(Role.FACILITATOR)).orElse(false);
    }

    private List<Breakout> of(Meeting meeting) {
        return em.createNamedQuery("Breakout.of", Breakout.class).setParameter("meeting", meeting).getResultList();
    }
}
