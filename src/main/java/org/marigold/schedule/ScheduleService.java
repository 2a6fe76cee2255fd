package org.marigold.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.community.CommunityRezoned;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingReplanned;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.platform.Conflict;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import jakarta.enterprise.event.Event;
import org.marigold.meeting.MeetingChanged;

/**
 * A community's rhythm: meeting series on a rule, the meetings they plan ahead (kept in step when a date is skipped
 * or moved, or the rule changes), answers to "will you come?", and the calendar feeds people subscribe to.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    /** How far ahead a series' meetings exist, so members can see them, answer, and prepare. */
    public static final Duration HORIZON = Duration.ofDays(120);

    /** How far back a feed keeps meetings, so last month's stays in people's calendars. */
    public static final Duration FEED_PAST = Duration.ofDays(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    CommunityService communityService;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Inject
    Event<MeetingChanged> changed;

    /** What a facilitator fills in for a series. */
    public record SeriesForm(String title, Rrule rule, LocalDate firstDay, java.time.LocalTime at, int minutes, Long templateId) {
    }

    public List<MeetingSeries> series(long actorId, String slug) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.GUEST);
        return em.createNamedQuery("MeetingSeries.of", MeetingSeries.class).setParameter("community", community).getResultList();
    }

    /** A facilitator starts a series; its meetings for the coming months are planned at once. */
    public MeetingSeries start(long actorId, String slug, SeriesForm form) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.FACILITATOR);
        SeriesPlan plan = new SeriesPlan(form.rule(), form.firstDay(), form.at(), community.getTimeZone(), Duration.ofMinutes(form.minutes()));
        ProtocolTemplate template = templateFor(community, form.templateId());
        if (plan.between(clock.instant(), clock.instant().plus(Duration.ofDays(400)), List.of()).isEmpty()) {
            throw Rejected.onField("rule", "schedule.noDates");
        }
        java.util.Locale language = em.find(Account.class, actorId).getLanguage();
        MeetingSeries series = new MeetingSeries(community, form.title(), plan, template, clock.instant()).speaking(language);
        em.persist(series);
        em.flush();
        plan(series);
        return series;
    }

    /** What a facilitator may change of a series: it applies to its meetings that have not begun. */
    public record SeriesChange(String title, java.time.LocalTime at, int minutes, Long templateId) {
    }

    /**
     * Changes a series' title, time, length and protocol, from the version of it the facilitator's page showed (another
     * facilitator's change in between is not overwritten: {@link Conflict}). Its coming meetings follow, except where
     * they were changed by hand: a meeting renamed, moved or given another protocol keeps what was chosen for it.
     */
    public MeetingSeries change(long actorId, long seriesId, long seenVersion, SeriesChange change) {
        MeetingSeries series = forFacilitator(actorId, seriesId);
        if (series.getVersion() != seenVersion) {
            throw new Conflict("schedule.change.stale");
        }
        if (change.at() == null) {
            throw Rejected.onField("at", "schedule.at.empty");
        }
        ProtocolTemplate template = templateFor(series.getCommunity(), change.templateId());
        String oldTitle = series.getTitle();
        String oldProtocol = series.getTemplate() == null ? null : series.getTemplate().in(series.getLanguage()).getName();
        int oldMinutes = series.getDurationMinutes();
        SeriesPlan before = series.plan();
        series.describe(change.title(), new SeriesPlan(before.rule(), before.firstDay(), change.at(), before.zone(),
                Duration.ofMinutes(change.minutes())));
        series.follow(template);
        ProtocolTemplate spoken = template.in(series.getLanguage());
        for (Meeting meeting : comingMeetings(series)) {
            if (meeting.getTitle().equals(oldTitle)) {
                meeting.reschedule(series.getTitle(), meeting.getStartsAt(), clock.instant());
            }
            if (meeting.getProtocolName().equals(oldProtocol) && !spoken.getName().equals(oldProtocol)) {
                meeting.followProtocol(spoken);
                meeting.bookFor(Duration.ofMinutes(series.getDurationMinutes()));
            } else if (meeting.getDurationMinutes() == oldMinutes) {
                meeting.bookFor(Duration.ofMinutes(series.getDurationMinutes()));
            }
        }
        em.flush();
        plan(series);
        return series;
    }

    /**
     * Ends a series after {@code lastDay} (today when none is given, or one in the past): nothing is planned after it,
     * and its meetings already planned after it are called off (calendars show them cancelled).
     */
    public MeetingSeries end(long actorId, long seriesId, LocalDate lastDay) {
        MeetingSeries series = forFacilitator(actorId, seriesId);
        LocalDate today = LocalDate.now(clock.withZone(series.getCommunity().getTimeZone()));
        series.endAfter(lastDay == null || lastDay.isBefore(today) ? today : lastDay);
        plan(series);
        return series;
    }

    /** An ended series goes on again: its dates after the end are planned (or brought back) again. */
    public MeetingSeries resume(long actorId, long seriesId) {
        MeetingSeries series = forFacilitator(actorId, seriesId);
        series.endAfter(null);
        plan(series);
        return series;
    }

    /**
     * The community's series (going on) that already meet at one of the times this new series would, in the coming
     * months: starting it too would put two meetings in people's calendars at once.
     */
    public List<String> meetingAtTheSameTimes(long actorId, String slug, SeriesForm form) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.FACILITATOR);
        Instant now = clock.instant();
        Set<Instant> starts = new SeriesPlan(form.rule(), form.firstDay(), form.at(), community.getTimeZone(), Duration.ofMinutes(form.minutes()))
                .between(now, now.plus(HORIZON), List.of()).stream().map(SeriesPlan.Occurrence::startsAt).collect(Collectors.toSet());
        return series(actorId, slug).stream().filter(other -> other.plan().between(now, now.plus(HORIZON), other.dateChanges()).stream()
                        .anyMatch(occurrence -> other.includes(occurrence.date()) && starts.contains(occurrence.startsAt())))
                .map(MeetingSeries::getTitle).toList();
    }

    /** Skips one date of the series: its meeting is called off. */
    public MeetingSeries skip(long actorId, long seriesId, LocalDate date) {
        MeetingSeries series = forFacilitator(actorId, seriesId);
        series.change(SeriesPlan.DateChange.skip(date));
        plan(series);
        return series;
    }

    /** Moves one date of the series to another day and time (in the community's zone); not into the past. */
    public MeetingSeries move(long actorId, long seriesId, LocalDate date, LocalDateTime to) {
        MeetingSeries series = forFacilitator(actorId, seriesId);
        if (to == null) {
            throw Rejected.onField("movedTo", "schedule.move.empty");
        }
        series.change(SeriesPlan.DateChange.move(date, to.atZone(series.getCommunity().getTimeZone()), clock.instant()));
        plan(series);
        return series;
    }

    /** The date happens as the rule says again. */
    public MeetingSeries restore(long actorId, long seriesId, LocalDate date) {
        MeetingSeries series = forFacilitator(actorId, seriesId);
        series.restore(date);
        plan(series);
        return series;
    }

    /** The series' meetings from now on, cancelled ones included, in order. */
    public List<Meeting> meetingsOf(long actorId, long seriesId) {
        MeetingSeries series = find(seriesId);
        communityService.require(series.getCommunity(), actorId, Role.GUEST);
        return em.createQuery("SELECT m FROM Meeting m WHERE m.seriesId = :series AND m.startsAt >= :from ORDER BY m.startsAt", Meeting.class)
                .setParameter("series", seriesId).setParameter("from", clock.instant().minus(Duration.ofHours(12))).getResultList();
    }

    /** Plans every series ahead (run daily, so the horizon moves with time). Safe on several servers at once. */
    public int planAll() {
        int planned = 0;
        for (long id : em.createNamedQuery("MeetingSeries.all", Long.class).getResultList()) {
            planned += plan(em.find(MeetingSeries.class, id, LockModeType.PESSIMISTIC_WRITE));
        }
        return planned;
    }

    /** The community now meets in another zone: its series' coming meetings move to the same local times there. */
    void rezoned(@Observes CommunityRezoned event) {
        em.createQuery("SELECT s FROM MeetingSeries s WHERE s.community.id = :community", MeetingSeries.class)
                .setParameter("community", event.communityId()).getResultList().forEach(this::plan);
    }

    /**
     * A facilitator changed one of the series' meetings by hand: the series records it as that date's change (cancelled:
     * skipped; at another time than the rule's: moved), so that planning ahead keeps it.
     */
    void replanned(@Observes MeetingReplanned event) {
        if (event.seriesId() == null) {
            return;
        }
        MeetingSeries series = em.find(MeetingSeries.class, event.seriesId(), LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            return;
        }
        SeriesPlan plan = series.plan();
        if (event.cancelled()) {
            series.change(SeriesPlan.DateChange.skip(event.occurrenceDate()));
        } else if (event.startsAt().equals(event.occurrenceDate().atTime(plan.at()).atZone(plan.zone()).toInstant())) {
            series.restore(event.occurrenceDate());
        } else {
            series.change(SeriesPlan.DateChange.move(event.occurrenceDate(), event.startsAt().atZone(plan.zone()), clock.instant()));
        }
    }

    /**
     * Brings the series' meetings in step with its rule and changes for the coming {@link #HORIZON}: creates the
     * missing ones, moves the moved ones, cancels the skipped ones (or any no longer on the rule) and brings back a
     * date that is no longer skipped. Meetings that have begun are left as they are. Returns how many it created.
     */
    int plan(MeetingSeries series) {
        Instant now = clock.instant();
        List<SeriesPlan.Occurrence> due = series.plan().between(now, now.plus(HORIZON), series.dateChanges()).stream()
                .filter(occurrence -> series.includes(occurrence.date())).toList();
        Map<LocalDate, Meeting> existing = em.createQuery("SELECT m FROM Meeting m WHERE m.seriesId = :series", Meeting.class)
                .setParameter("series", series.getId()).getResultList().stream()
                .collect(Collectors.toMap(Meeting::getOccurrenceDate, Function.identity()));
        int created = 0;
        Set<LocalDate> dueDates = new HashSet<>();
        for (SeriesPlan.Occurrence occurrence : due) {
            dueDates.add(occurrence.date());
            Meeting meeting = existing.get(occurrence.date());
            if (meeting == null) {
                if (series.getTemplate() != null) {
                    meetings.planFromSeries(new Meeting(series.getCommunity(), series.getTitle(), occurrence.startsAt(), series.getTemplate().in(series.getLanguage()), null, now)
                            .ofSeries(series.getId(), occurrence.date(), occurrence.length()));
                    created++;
                }
            } else if (meeting.getStatus() == MeetingStatus.SCHEDULED || meeting.getStatus() == MeetingStatus.CANCELLED) {
                meeting.reinstate();
                if (!meeting.getStartsAt().equals(occurrence.startsAt())) {
                    meeting.moveTo(occurrence.startsAt());
                }
            }
        }
        for (Meeting meeting : existing.values()) {
            if (!dueDates.contains(meeting.getOccurrenceDate()) && meeting.getStatus() == MeetingStatus.SCHEDULED
                    && meeting.getStartsAt().isAfter(now)) {
                meeting.cancel();
            }
        }
        return created;
    }

    // ---- Will you come? ----------------------------------------------------------------------------------

    public Rsvp.Answer answer(long actorId, long meetingId, Rsvp.Answer answer) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        communityService.require(meeting.getCommunity(), actorId, Role.GUEST);
        if (answer == null) {
            throw Rejected.onField("rsvp", "schedule.rsvp.choose");
        }
        if (meeting.getStatus() == MeetingStatus.ENDED || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw Rejected.onField("rsvp", "schedule.rsvp.over");
        }
        Rsvp.Key key = new Rsvp.Key();
        key.meetingId = meetingId;
        key.accountId = actorId;
        Rsvp given = em.find(Rsvp.class, key);
        if (given == null) {
            em.persist(new Rsvp(meetingId, actorId, answer, clock.instant()));
        } else {
            given.answer(answer, clock.instant());
        }
        // The meeting's open pages show the counts as they change (the top of the page follows).
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return answer;
    }

    /**
     * "Will you come?" answered from a reminder, by the member its key names (no login): only for a meeting of that
     * member's community.
     */
    public Rsvp.Answer answerByMail(Membership member, long meetingId, Rsvp.Answer answer) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        if (!meeting.getCommunity().getId().equals(member.getCommunity().getId())) {
            throw new NotFound("No such meeting");
        }
        return answer(member.getAccount().getId(), meetingId, answer);
    }

    public Optional<Rsvp.Answer> myAnswer(long actorId, long meetingId) {
        Rsvp.Key key = new Rsvp.Key();
        key.meetingId = meetingId;
        key.accountId = actorId;
        return Optional.ofNullable(em.find(Rsvp.class, key)).map(Rsvp::getAnswer);
    }

    /** How many answered yes, maybe and no (facilitators plan with it; everyone may see the counts). */
    public Map<Rsvp.Answer, Long> answers(long actorId, long meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        communityService.require(meeting.getCommunity(), actorId, Role.GUEST);
        Map<Rsvp.Answer, Long> counts = new EnumMap<>(Rsvp.Answer.class);
        for (Rsvp.Answer answer : Rsvp.Answer.values()) {
            counts.put(answer, 0L);
        }
        for (Object[] row : em.createNamedQuery("Rsvp.counts", Object[].class).setParameter("meeting", meetingId).getResultList()) {
            counts.put((Rsvp.Answer) row[0], (Long) row[1]);
        }
        return counts;
    }

    // ---- Calendar feeds -----------------------------------------------------------------------------------

    /** The secret of this member's address for the community's feed, made on first use; for its members and guests. */
    public String communityFeedSecret(long actorId, String slug) {
        Membership membership = communityService.require(communityService.community(slug), actorId, Role.GUEST);
        if (membership.getCalendarKey() == null) {
            membership.useCalendarKey(secret());
        }
        return membership.getCalendarKey();
    }

    /** A member replaces their address for the community's feed: the old one stops working. */
    public String resetCommunityFeed(long actorId, String slug) {
        Membership membership = communityService.require(communityService.community(slug), actorId, Role.GUEST);
        membership.useCalendarKey(secret());
        return membership.getCalendarKey();
    }

    public String personalFeedSecret(long actorId) {
        Account account = em.find(Account.class, actorId);
        if (account.getCalendarSecret() == null) {
            account.useCalendarSecret(secret());
        }
        return account.getCalendarSecret();
    }

    public String resetPersonalFeed(long actorId) {
        Account account = em.find(Account.class, actorId);
        account.useCalendarSecret(secret());
        return account.getCalendarSecret();
    }

    /**
     * The community's meetings as iCalendar, for whoever holds a member's address; no such feed otherwise, and none
     * once that member has left or been removed.
     */
    public String communityFeed(String slug, String secret, URI apiBase) {
        if (secret == null || secret.isBlank()) {
            throw new NotFound("No such calendar.");
        }
        Community community = em.createQuery("SELECT m.community FROM Membership m WHERE m.calendarKey = :key AND m.community.slug = :slug",
                        Community.class).setParameter("key", secret).setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("No such calendar."));
        return MeetingCalendar.write(community.getName(), entries(List.of(community), apiBase), clock.instant());
    }

    /** Every meeting of the communities this person belongs to, for whoever holds their address. */
    public String personalFeed(String secret, URI apiBase) {
        if (secret == null || secret.isBlank()) {
            throw new NotFound("No such calendar.");
        }
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.calendarSecret = :secret", Account.class)
                .setParameter("secret", secret).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("No such calendar."));
        List<Community> mine = communityService.membershipsOf(account.getId()).stream().map(Membership::getCommunity).toList();
        return MeetingCalendar.write("Marigold", entries(mine, apiBase), clock.instant());
    }

    private List<MeetingCalendar.Entry> entries(List<Community> of, URI apiBase) {
        if (of.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.community IN :communities AND m.startsAt >= :from ORDER BY m.startsAt",
                        Meeting.class)
                .setParameter("communities", of).setParameter("from", clock.instant().minus(FEED_PAST)).getResultList().stream()
                .map(meeting -> MeetingCalendar.entry(meeting, apiBase)).toList();
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private MeetingSeries find(long seriesId) {
        return Optional.ofNullable(em.find(MeetingSeries.class, seriesId)).orElseThrow(() -> new NotFound("No such series"));
    }

    private ProtocolTemplate templateFor(Community community, Long templateId) {
        return meetings.offered(community, templateId == null ? -1 : templateId);
    }

    /** The series' meetings that have not begun (planned or called off), from now on. */
    private List<Meeting> comingMeetings(MeetingSeries series) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.seriesId = :series AND m.startsAt > :now"
                        + " AND m.status IN :waiting ORDER BY m.startsAt", Meeting.class)
                .setParameter("series", series.getId()).setParameter("now", clock.instant())
                .setParameter("waiting", List.of(MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED)).getResultList();
    }

    private MeetingSeries forFacilitator(long actorId, long seriesId) {
        MeetingSeries series = find(seriesId);
        communityService.require(series.getCommunity(), actorId, Role.FACILITATOR);
        em.lock(series, LockModeType.PESSIMISTIC_WRITE);
        return series;
    }
}
