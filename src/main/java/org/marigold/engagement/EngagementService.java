package org.marigold.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.meeting.Anonymity;
import org.marigold.meeting.Attendance;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.MeetingView;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.schedule.Rsvp;

/**
 * Engagement, the transaction and authorization boundary: facilitators correct a meeting's attendance and read their
 * community's numbers (aggregated only); everyone reads their own history and badges, and nobody else's detail.
 */
@ApplicationScoped
@Transactional
public class EngagementService {

    /** The dashboard's span when none is chosen: the past year. */
    public static final Duration DEFAULT_SPAN = Duration.ofDays(365);

    /** How many lenses and resources the "used most" tables show. */
    public static final int MOST_USED = 10;

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    CommunityService communityService;


    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    // ---- Attendance ------------------------------------------------------------------------------------

    /** One person's attendance as a facilitator sees and corrects it; {@code role} is null for someone who has left. */
    public record AttendanceRow(Account person, Role role, Instant firstJoined, int minutes, boolean corrected) {

        public boolean isGuest() {
            return role == Role.GUEST;
        }
    }

    /**
     * A meeting's attendance as a facilitator may see it: how many came, and who, in order of arrival. After a meeting
     * whose records are anonymous it names the facilitator alone ({@link Anonymity}), and names no one who stayed away
     * either (that would name who came).
     */
    public record Attendees(int count, List<AttendanceRow> named, boolean anonymous) {
    }

    /** Who took part in a meeting, for its facilitators. */
    public Attendees attendance(long actorId, long meetingId) {
        Meeting meeting = forFacilitator(actorId, meetingId);
        Instant now = clock.instant();
        Map<Long, Role> roles = roles(meeting.getCommunity());
        Anonymity anonymity = Anonymity.of(meeting, actorId);
        List<Attendance> all = attendanceOf(meetingId);
        return new Attendees(all.size(), all.stream().filter(a -> anonymity.shows(a.getAccountId()))
                .map(a -> new AttendanceRow(em.find(Account.class, a.getAccountId()), roles.get(a.getAccountId()), a.getFirstJoinedAt(),
                        a.minutesPresent(meeting.getStartedAt(), meeting.getEndedAt(), now), a.isCorrected()))
                .toList(), anonymity.hidesNames());
    }

    /** A facilitator corrects how long someone was there (never negative, never longer than the meeting ran). */
    public void correct(long actorId, long meetingId, long accountId, int minutes) {
        Meeting meeting = forFacilitator(actorId, meetingId, accountId);
        Attendance attendance = Optional.ofNullable(em.find(Attendance.class, new Attendance.Key(meetingId, accountId)))
                .orElseThrow(() -> new NotFound("This person is not in the meeting's attendance."));
        attendance.correct(minutes, longest(meeting), actorId, clock.instant());
    }

    /** A facilitator adds someone who took part without joining online (by phone, in the room), for so many minutes. */
    public void add(long actorId, long meetingId, long accountId, int minutes) {
        Meeting meeting = forFacilitator(actorId, meetingId, accountId);
        if (communityService.membership(meeting.getCommunity(), accountId).isEmpty()) {
            throw Rejected.onField("person", "attendance.notAMember");
        }
        if (em.find(Attendance.class, new Attendance.Key(meetingId, accountId)) != null) {
            throw Rejected.onField("person", "attendance.already");
        }
        Instant arrived = meeting.getStartedAt();
        Attendance attendance = new Attendance(meetingId, accountId, arrived);
        attendance.correct(minutes, longest(meeting), actorId, clock.instant());
        em.persist(attendance);
    }

    /** A facilitator takes someone out of the attendance (recorded by mistake). */
    public void remove(long actorId, long meetingId, long accountId) {
        forFacilitator(actorId, meetingId, accountId);
        Optional.ofNullable(em.find(Attendance.class, new Attendance.Key(meetingId, accountId))).ifPresent(em::remove);
    }

    /** The most minutes anyone can have been there: as long as the meeting ran, or was planned if it ran shorter. */
    private static int longest(Meeting meeting) {
        if (meeting.getStartedAt() == null) {
            throw Rejected.because("attendance.notStarted");
        }
        int ran = meeting.getEndedAt() == null ? 0 : (int) Math.ceil(Duration.between(meeting.getStartedAt(), meeting.getEndedAt()).toSeconds() / 60.0);
        return Math.max(ran, meeting.getDurationMinutes());
    }

    private Meeting forFacilitator(long actorId, long meetingId) {
        MeetingView view = meetings.open(actorId, meetingId);
        if (!view.facilitates()) {
            throw new AccessDenied("Only the meeting's facilitators see and correct its attendance.");
        }
        return view.meeting();
    }

    /**
     * The meeting, for a facilitator changing this person's attendance: after an anonymous meeting only their own, since
     * whether a change is taken would tell who came.
     */
    private Meeting forFacilitator(long actorId, long meetingId, long accountId) {
        Meeting meeting = forFacilitator(actorId, meetingId);
        if (!Anonymity.of(meeting, actorId).shows(accountId)) {
            throw Rejected.because("attendance.anonymous");
        }
        return meeting;
    }

    private List<Attendance> attendanceOf(long meetingId) {
        return em.createNamedQuery("Attendance.ofMeeting", Attendance.class).setParameter("meetingId", meetingId).getResultList();
    }

    // ---- The dashboard -------------------------------------------------------------------------------

    /** A count of something used in meetings (a lens, or a library resource, with its id). */
    public record Tally(String label, long count, Long resourceId) {
    }

    /** Everything a community's dashboard shows for a span of days (both included, in the community's zone). */
    public record Dashboard(Community community, LocalDate from, LocalDate to, EngagementSeries series, List<Tally> lenses,
                            List<Tally> resources) {
    }

    /**
     * The span chosen, or the past year up to today; a span that ends before it begins is refused. With no end chosen,
     * it reaches the day the latest meeting that has ended was planned for, when that is after today: a meeting held
     * early (started at a quarter to midnight for midnight) is on the dashboard as soon as it has ended.
     */
    public record Span(LocalDate from, LocalDate to) {

        public static Span of(LocalDate from, LocalDate to, LocalDate today, LocalDate latestEnded) {
            LocalDate end = to != null ? to : latestEnded != null && latestEnded.isAfter(today) ? latestEnded : today;
            LocalDate start = from == null ? end.minusDays(DEFAULT_SPAN.toDays()) : from;
            if (start.isAfter(end)) {
                throw Rejected.onField("to", "engagement.range.backwards");
            }
            return new Span(start, end);
        }

        Instant start(ZoneId zone) {
            return from.atStartOfDay(zone).toInstant();
        }

        Instant end(ZoneId zone) {
            return to.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** The community's numbers over a span, for its facilitators and admins. */
    public Dashboard dashboard(long actorId, String slug, LocalDate from, LocalDate to) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.FACILITATOR);
        ZoneId zone = community.getTimeZone();
        Span span = Span.of(from, to, LocalDate.now(clock.withZone(zone)), to == null ? latestEnded(community, zone) : null);
        Instant start = span.start(zone);
        Instant end = span.end(zone);
        List<Meeting> ended = endedBefore(community, end);
        EngagementSeries series = EngagementSeries.of(facts(ended), start, members(community));
        List<Tally> lenses = em.createQuery("SELECT b.lens, COUNT(b) FROM Breakout b WHERE b.meeting.community = :community"
                        + " AND b.meeting.startsAt >= :start AND b.meeting.startsAt < :end AND b.lens IS NOT NULL"
                        + " GROUP BY b.lens ORDER BY COUNT(b) DESC, b.lens", Object[].class)
                .setParameter("community", community).setParameter("start", start).setParameter("end", end).setMaxResults(MOST_USED)
                .getResultList().stream().map(row -> new Tally((String) row[0], (Long) row[1], null)).toList();
        List<Tally> resources = em.createQuery("SELECT u.resource.id, u.resource.title, COUNT(u) FROM ResourceUse u"
                        + " WHERE u.meeting.community = :community AND u.meeting.startsAt >= :start AND u.meeting.startsAt < :end"
                        + " GROUP BY u.resource.id, u.resource.title ORDER BY COUNT(u) DESC, u.resource.title", Object[].class)
                .setParameter("community", community).setParameter("start", start).setParameter("end", end).setMaxResults(MOST_USED)
                .getResultList().stream().map(row -> new Tally((String) row[1], (Long) row[2], (Long) row[0])).toList();
        return new Dashboard(community, span.from(), span.to(), series, lenses, resources);
    }

    /** The day (in the community's zone) the latest meeting that has ended was planned for, or null. */
    private LocalDate latestEnded(Community community, ZoneId zone) {
        // The meeting itself, not MAX(startsAt): an aggregate is not read through the Instant converter, and PostgreSQL's
        // driver hands back a Timestamp where the converter expects an OffsetDateTime (a 500 on the dashboard).
        Instant latest = em.createQuery("SELECT m FROM Meeting m WHERE m.community = :community AND m.status = :ended"
                        + " ORDER BY m.startsAt DESC", Meeting.class).setParameter("community", community)
                .setParameter("ended", MeetingStatus.ENDED).setMaxResults(1).getResultStream().findFirst().map(Meeting::getStartsAt).orElse(null);
        return latest == null ? null : LocalDate.ofInstant(latest, zone);
    }

    private List<Meeting> endedBefore(Community community, Instant end) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.community = :community AND m.status = :ended AND m.startsAt < :end"
                        + " ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("community", community).setParameter("ended", MeetingStatus.ENDED).setParameter("end", end).getResultList();
    }

    /** Who came to each meeting, what they had answered, and how much they took part: a few grouped queries in all. */
    private List<EngagementSeries.MeetingFacts> facts(List<Meeting> ended) {
        if (ended.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ended.stream().map(Meeting::getId).toList();
        Map<Long, Set<Long>> attendees = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.meetingId, a.accountId FROM Attendance a WHERE a.meetingId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            attendees.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        Map<Long, Map<Long, Rsvp.Answer>> answers = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.meetingId, r.accountId, r.answer FROM Rsvp r WHERE r.meetingId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            answers.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (Rsvp.Answer) row[2]);
        }
        Map<Long, Map<Participation, Long>> taking = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.meeting.id, c.kind, COUNT(c) FROM Contribution c WHERE c.meeting.id IN :ids"
                + " GROUP BY c.meeting.id, c.kind", Object[].class).setParameter("ids", ids).getResultList()) {
            participation((ContributionKind) row[1]).ifPresent(kind -> add(taking, (Long) row[0], kind, (Long) row[2]));
        }
        for (Object[] row : em.createQuery("SELECT n.breakout.meeting.id, COUNT(n) FROM BreakoutNote n WHERE n.breakout.meeting.id IN :ids"
                + " GROUP BY n.breakout.meeting.id", Object[].class).setParameter("ids", ids).getResultList()) {
            add(taking, (Long) row[0], Participation.NOTES, (Long) row[1]);
        }
        for (Object[] row : em.createQuery("SELECT r.foundInMeeting.id, COUNT(r) FROM Resource r WHERE r.foundInMeeting.id IN :ids"
                + " GROUP BY r.foundInMeeting.id", Object[].class).setParameter("ids", ids).getResultList()) {
            add(taking, (Long) row[0], Participation.RESOURCES, (Long) row[1]);
        }
        return ended.stream().map(m -> new EngagementSeries.MeetingFacts(m.getId(), m.getTitle(), m.getStartsAt(),
                attendees.getOrDefault(m.getId(), Set.of()), Anonymity.hides(m), answers.getOrDefault(m.getId(), Map.of()),
                taking.getOrDefault(m.getId(), Map.of()))).toList();
    }

    private static void add(Map<Long, Map<Participation, Long>> taking, long meetingId, Participation kind, long count) {
        taking.computeIfAbsent(meetingId, k -> new EnumMap<>(Participation.class)).merge(kind, count, Long::sum);
    }

    /** What kind of taking part a contribution is; reflections and takeaways are not counted. */
    static Optional<Participation> participation(ContributionKind kind) {
        return Optional.ofNullable(switch (kind) {
            case QUESTION -> Participation.QUESTIONS;
            case ANSWER, REPLY -> Participation.ANSWERS;
            case NOTE -> Participation.NOTES;
            case RECOMMENDATION -> Participation.RECOMMENDATIONS;
            case FEEDBACK -> Participation.FEEDBACK;
            default -> null;
        });
    }

    private List<EngagementSeries.Member> members(Community community) {
        return communityService.membersOf(community).stream()
                .map(m -> new EngagementSeries.Member(m.getAccount().getId(), m.getAccount().getDisplayName(), m.getRole(), m.getJoinedAt()))
                .toList();
    }

    private Map<Long, Role> roles(Community community) {
        Map<Long, Role> roles = new HashMap<>();
        communityService.membersOf(community).forEach(m -> roles.put(m.getAccount().getId(), m.getRole()));
        return roles;
    }

    // ---- Badges ----------------------------------------------------------------------------------------

    public List<BadgeRule> rules() {
        return em.createNamedQuery("BadgeRule.all", BadgeRule.class).getResultList();
    }

    /**
     * The badges each member of the community has earned, as the caller may see them: everyone's but those who hide
     * theirs (the caller always sees their own).
     */
    public Map<Long, List<BadgeRule>> badges(long actorId, String slug) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.GUEST);
        List<Membership> members = communityService.membersOf(community);
        Map<Long, Activity> activities = activities(community, members.stream().map(m -> m.getAccount().getId()).toList(), actorId);
        List<BadgeRule> rules = rules();
        Map<Long, List<BadgeRule>> earned = new LinkedHashMap<>();
        for (Membership member : members) {
            long id = member.getAccount().getId();
            if (member.getAccount().isBadgesHidden() && id != actorId) {
                continue;
            }
            earned.put(id, rules.stream().filter(rule -> rule.earnedBy(activities.get(id))).toList());
        }
        return earned;
    }

    /** This person's badges in each of their communities, for their own profile. */
    public Map<Community, List<BadgeRule>> myBadges(long actorId) {
        Map<Community, List<BadgeRule>> mine = new LinkedHashMap<>();
        List<BadgeRule> rules = rules();
        for (Membership membership : communityService.membershipsOf(actorId)) {
            Activity activity = activities(membership.getCommunity(), List.of(actorId), actorId).get(actorId);
            mine.put(membership.getCommunity(), rules.stream().filter(rule -> rule.earnedBy(activity)).toList());
        }
        return mine;
    }

    public void hideMyBadges(long actorId, boolean hidden) {
        Optional.ofNullable(em.find(Account.class, actorId)).orElseThrow(() -> new NotFound("No such account")).hideBadges(hidden);
    }

    /**
     * The recorded activity of these people in the community, for badge rules, as this reader may know it: coming to a
     * meeting whose records are anonymous counts only for the reader's own badges. One grouped query per metric.
     */
    Map<Long, Activity> activities(Community community, List<Long> people, long readerId) {
        int window = rules().stream().filter(r -> r.getWindow() != null).mapToInt(BadgeRule::getWindow).max().orElse(0);
        List<Meeting> latestMeetings = em.createQuery("SELECT m FROM Meeting m WHERE m.community = :community AND m.status = :ended"
                        + " ORDER BY m.startsAt DESC, m.id DESC", Meeting.class)
                .setParameter("community", community).setParameter("ended", MeetingStatus.ENDED).setMaxResults(Math.max(window, 1))
                .getResultList();
        List<Long> latest = latestMeetings.stream().map(Meeting::getId).toList();
        Map<Long, Anonymity> anonymity = new HashMap<>();
        latestMeetings.forEach(m -> anonymity.put(m.getId(), Anonymity.of(m, readerId)));
        Set<List<Long>> came = new HashSet<>();
        if (!latest.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT a.meetingId, a.accountId FROM Attendance a WHERE a.meetingId IN :ids", Object[].class)
                    .setParameter("ids", latest).getResultList()) {
                if (anonymity.get((Long) row[0]).shows((Long) row[1])) {
                    came.add(List.of((Long) row[0], (Long) row[1]));
                }
            }
        }
        Map<Metric, Map<Long, Long>> counts = new EnumMap<>(Metric.class);
        counts.put(Metric.PRESENTED, grouped("SELECT m.presenter.id, COUNT(m) FROM Meeting m WHERE m.community = :community"
                + " AND m.status = org.marigold.meeting.MeetingStatus.ENDED AND m.presenter IS NOT NULL GROUP BY m.presenter.id", community));
        counts.put(Metric.HELPFUL_MARKS_RECEIVED, grouped("SELECT r.addedBy.id, COUNT(h) FROM HelpfulMark h, Resource r"
                + " WHERE h.resourceId = r.id AND r.community = :community AND h.accountId <> r.addedBy.id GROUP BY r.addedBy.id", community));
        counts.put(Metric.GUESTS_BROUGHT, grouped("SELECT g.invitedBy.id, COUNT(g) FROM Membership g WHERE g.community = :community"
                + " AND g.role = org.marigold.community.Role.GUEST AND g.invitedBy IS NOT NULL AND EXISTS (SELECT a FROM Attendance a, Meeting t"
                + " WHERE a.accountId = g.account.id AND a.meetingId = t.id AND t.community = :community) GROUP BY g.invitedBy.id", community));
        counts.put(Metric.QUESTIONS_ASKED, grouped("SELECT c.author.id, COUNT(c) FROM Contribution c WHERE c.meeting.community = :community"
                + " AND c.kind = org.marigold.meeting.ContributionKind.QUESTION GROUP BY c.author.id", community));
        Map<Long, Activity> activities = new HashMap<>();
        for (long person : people) {
            List<Boolean> attended = latest.stream().map(meeting -> came.contains(List.of(meeting, person))).toList();
            Map<Metric, Integer> mine = new EnumMap<>(Metric.class);
            counts.forEach((metric, byPerson) -> mine.put(metric, byPerson.getOrDefault(person, 0L).intValue()));
            activities.put(person, new Activity(person, attended, mine));
        }
        return activities;
    }

    private Map<Long, Long> grouped(String jpql, Community community) {
        Map<Long, Long> byPerson = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("community", community).getResultList()) {
            if (row[0] != null) {
                byPerson.put((Long) row[0], (Long) row[1]);
            }
        }
        return byPerson;
    }

    // ---- My history ------------------------------------------------------------------------------------

    /** One meeting in someone's own history: when they came, how long, whether they presented, what they said. */
    public record HistoryRow(Meeting meeting, Instant firstJoined, int minutes, boolean presented, Map<Participation, Long> mine) {
    }

    public record History(Community community, List<HistoryRow> meetings, List<BadgeRule> badges) {

        public long total(Participation kind) {
            return meetings.stream().mapToLong(row -> row.mine().getOrDefault(kind, 0L)).sum();
        }
    }

    /** A person's own history in a community: only they may read it, whatever their role. */
    public History history(long actorId, String slug, long personId) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.GUEST);
        if (actorId != personId) {
            throw new AccessDenied("Each person sees only their own history; facilitators see the community's totals.");
        }
        List<Object[]> rows = em.createQuery("SELECT m, a FROM Meeting m, Attendance a WHERE a.meetingId = m.id AND a.accountId = :me"
                        + " AND m.community = :community ORDER BY m.startsAt DESC", Object[].class)
                .setParameter("me", actorId).setParameter("community", community).getResultList();
        Map<Long, Map<Participation, Long>> mine = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.meeting.id, c.kind, COUNT(c) FROM Contribution c WHERE c.author.id = :me"
                + " AND c.meeting.community = :community GROUP BY c.meeting.id, c.kind", Object[].class)
                .setParameter("me", actorId).setParameter("community", community).getResultList()) {
            participation((ContributionKind) row[1]).ifPresent(kind -> add(mine, (Long) row[0], kind, (Long) row[2]));
        }
        for (Object[] row : em.createQuery("SELECT n.breakout.meeting.id, COUNT(n) FROM BreakoutNote n WHERE n.author.id = :me"
                + " AND n.breakout.meeting.community = :community GROUP BY n.breakout.meeting.id", Object[].class)
                .setParameter("me", actorId).setParameter("community", community).getResultList()) {
            add(mine, (Long) row[0], Participation.NOTES, (Long) row[1]);
        }
        for (Object[] row : em.createQuery("SELECT r.foundInMeeting.id, COUNT(r) FROM Resource r WHERE r.addedBy.id = :me"
                + " AND r.foundInMeeting.community = :community GROUP BY r.foundInMeeting.id", Object[].class)
                .setParameter("me", actorId).setParameter("community", community).getResultList()) {
            add(mine, (Long) row[0], Participation.RESOURCES, (Long) row[1]);
        }
        Instant now = clock.instant();
        List<HistoryRow> history = new ArrayList<>();
        for (Object[] row : rows) {
            Meeting meeting = (Meeting) row[0];
            Attendance attendance = (Attendance) row[1];
            history.add(new HistoryRow(meeting, attendance.getFirstJoinedAt(), attendance.minutesPresent(meeting.getStartedAt(),
                    meeting.getEndedAt(), now), meeting.isPresenter(actorId), mine.getOrDefault(meeting.getId(), Map.of())));
        }
        Activity activity = activities(community, List.of(actorId), actorId).get(actorId);
        return new History(community, history, rules().stream().filter(rule -> rule.earnedBy(activity)).toList());
    }
}
