package org.marigold.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.library.ResourceList;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/**
 * One gathering of a community at a set time, with its own copy of a protocol and the state of its live run.
 * The run is server-authoritative: when the current phase started, how long it is planned to last, and how
 * long it has been paused. Every screen derives the remaining time from these, so a reload, a late joiner
 * or another server shows the same clock.
 */
@Entity
@NamedQuery(name = "Meeting.sharedRecord", query = "SELECT m FROM Meeting m WHERE m.recordToken = :token")
@NamedQuery(name = "Meeting.upcoming",
        query = "SELECT m FROM Meeting m WHERE m.community.id IN :communityIds AND m.startsAt > :since"
                + " AND m.status IN (org.marigold.meeting.MeetingStatus.SCHEDULED, org.marigold.meeting.MeetingStatus.OPEN,"
                + " org.marigold.meeting.MeetingStatus.RUNNING) ORDER BY m.startsAt")
@NamedQuery(name = "Meeting.movingOnByItself",
        query = "SELECT DISTINCT m.id FROM Meeting m JOIN m.phases p WHERE m.status = :running"
                + " AND (p.movesOn = TRUE OR m.groupsCloseAt IS NOT NULL)")
@NamedQuery(name = "Meeting.releasingOnTimer",
        query = "SELECT m.id FROM Meeting m WHERE m.status = org.marigold.meeting.MeetingStatus.RUNNING AND m.releaseOnTimer = TRUE")
public class Meeting {

    public static final int TITLE_MAX = 160;
    public static final int MOST_MINUTES_ADDED = 60;
    public static final int FOLLOW_UP_MAX = 4000;
    public static final int CANCEL_REASON_MAX = 500;
    /** How long before the start the video call can be joined from the meeting page. */
    public static final Duration CALL_OPENS_BEFORE = Duration.ofMinutes(10);
    /** How long after its time is up a phase that moves on by itself does, everyone seeing it coming. */
    public static final Duration MOVE_ON_GRACE = Duration.ofSeconds(10);
    /** How long before they close breakout groups are warned, unless the facilitator chose otherwise. */
    public static final int GROUPS_WARNING_SECONDS = 60;
    public static final int GROUPS_WARNING_LEAST = 15;
    public static final int GROUPS_WARNING_MOST = 600;

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(name = "protocol_name")
    private String protocolName;

    /** The built-in protocol the meeting follows, whose name each viewer reads in their language; null for a community's own. */
    @Column(name = "protocol_code")
    private String protocolCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_phase", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Phase> phases = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "presenter_id")
    private Account presenter;

    /** The library list the breakout groups start from. */
    @ManyToOne
    @JoinColumn(name = "starter_list_id")
    private ResourceList starterList;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "meeting_facilitator", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> coFacilitators = new HashSet<>();

    @Embedded
    private ProblemOfPractice problem;

    @Column(name = "phase_index", nullable = false)
    private int phaseIndex = -1;

    @Embedded
    private PhaseClock clock = new PhaseClock();

    /** The phase a facilitator chose to stay in when it would have moved on by itself; null when none. */
    @Column(name = "stayed_in")
    private Integer stayedIn;

    /** How long before breakout groups close everyone in them is told (and how long "close the groups" gives them). */
    @Column(name = "groups_warning_seconds", nullable = false)
    private int groupsWarningSeconds = GROUPS_WARNING_SECONDS;

    /**
     * When the breakout groups a facilitator asked to close do (null: not asked): the phase then counts down to it, and
     * moves on by itself; its own planned time is kept, for when a facilitator keeps the groups open.
     */
    @Column(name = "groups_close_at")
    private Instant groupsCloseAt;

    /**
     * Whether what is said in the meeting is anonymous: nobody but its author sees who wrote it (facilitators, the
     * record, exports and the API included); chosen before the meeting starts, so nobody speaks thinking otherwise.
     */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Authorship authorship = Authorship.NAMED;

    /** Whether the next chat question is released by itself when the current one's time is up. */
    @Column(name = "release_on_timer", nullable = false)
    private boolean releaseOnTimer;

    @Column(name = "started_at")
    private Instant startedAt;

    /** Set when a facilitator published the record read-only at a secret link, for people outside the community; the link's secret. */
    @Column(name = "record_token")
    private String recordToken;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The series that planned this meeting, and which of its dates it is (null for a one-off meeting). */
    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "occurrence_date")
    private java.time.LocalDate occurrenceDate;

    /** What the presenter tried after the meeting, told to the community at the next one ("what I tried"). */
    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    /** Where the meeting happens; null until a facilitator says. */
    @Embedded
    private Place place;

    /** Why the meeting is cancelled, if the facilitator said. */
    @Column(name = "cancel_reason")
    private String cancelReason;

    /**
     * How many times what a calendar shows of the meeting (title, time, length, cancellation, place, the time it really
     * took) has changed: the SEQUENCE of its calendar entry, which must rise with such changes and only with them.
     */
    @Column(name = "calendar_revision", nullable = false)
    private int calendarRevision;

    @Version
    private long version;

    protected Meeting() {
    }

    /** This meeting is one date of a series, booked for the series' length (its phases can still be adjusted). */
    public Meeting ofSeries(long series, java.time.LocalDate date, Duration length) {
        this.seriesId = series;
        this.occurrenceDate = date;
        this.durationMinutes = Math.toIntExact(length.toMinutes());
        return this;
    }

    /** Its series now lasts this long: the meeting is booked for that, as long as it has not begun. */
    public void bookFor(Duration length) {
        String before = calendarFace();
        if (hasStarted() || status == MeetingStatus.OPEN) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        this.durationMinutes = Math.toIntExact(length.toMinutes());
        calendarMayHaveChanged(before);
    }

    /** Its series moved this date: the meeting follows, as long as it has not begun. */
    public void moveTo(Instant newStart) {
        String before = calendarFace();
        if (hasStarted() || status == MeetingStatus.OPEN) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        this.startsAt = newStart;
        calendarMayHaveChanged(before);
    }

    /** The date is skipped: the meeting is called off (calendars show it cancelled), unless it already began. */
    public void cancel() {
        cancel(null);
    }

    /**
     * A facilitator calls the meeting off, saying why or not. Only before the lobby opens: once people gather, the
     * meeting is ended instead. Cancelling again only changes the reason.
     */
    public void cancel(String reason) {
        String before = calendarFace();
        if (status != MeetingStatus.SCHEDULED && status != MeetingStatus.CANCELLED) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        String why = Text.orNull(reason);
        if (why != null && why.length() > CANCEL_REASON_MAX) {
            throw Rejected.onField("reason", "meeting.cancel.reasonTooLong", CANCEL_REASON_MAX);
        }
        status = MeetingStatus.CANCELLED;
        cancelReason = why;
        calendarMayHaveChanged(before);
    }

    /** A cancelled meeting is planned again (its reason goes); one whose time has passed is moved first. */
    public void reinstate(Instant now) {
        if (status == MeetingStatus.CANCELLED && startsAt.isBefore(now)) {
            throw Rejected.onField("startsAt", "meeting.reinstate.past");
        }
        reinstate();
    }

    /** A skipped date is back: the meeting is planned again. */
    public void reinstate() {
        String before = calendarFace();
        if (status == MeetingStatus.CANCELLED) {
            status = MeetingStatus.SCHEDULED;
            cancelReason = null;
        }
        calendarMayHaveChanged(before);
    }

    /** Where the meeting happens: said (or changed) until it has ended. */
    public void meetAt(Place where) {
        String before = calendarFace();
        if (status == MeetingStatus.ENDED) {
            throw Rejected.because("meeting.alreadyEnded");
        }
        this.place = where;
        calendarMayHaveChanged(before);
    }

    /** What a calendar entry shows of the meeting, to tell whether a change is one calendars must hear of. */
    private String calendarFace() {
        return String.join("|", title, String.valueOf(startsAt), String.valueOf(durationMinutes), String.valueOf(isCancelled()),
                String.valueOf(getPlace().getRoom()), String.valueOf(getPlace().getCallLink()), String.valueOf(endedAt));
    }

    private void calendarMayHaveChanged(String before) {
        if (!before.equals(calendarFace())) {
            calendarRevision++;
        }
    }

    public int getCalendarRevision() {
        return calendarRevision;
    }

    public Place getPlace() {
        return place == null ? Place.unsaid() : place;
    }

    /** Whether its video call can be joined now: from {@link #CALL_OPENS_BEFORE} the start until the meeting ends. */
    public boolean isCallOpen(Instant now) {
        return getPlace().getCallLink() != null && status != MeetingStatus.ENDED && status != MeetingStatus.CANCELLED
                && !now.isBefore(startsAt.minus(CALL_OPENS_BEFORE));
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /**
     * Before it begins, the meeting follows another protocol: it takes a fresh copy of the template's phases (any
     * adjustments to the old copy go), and lasts as long as they do.
     */
    public void followProtocol(ProtocolTemplate protocol) {
        String before = calendarFace();
        if (status != MeetingStatus.SCHEDULED && status != MeetingStatus.CANCELLED) {
            throw Rejected.onField("template", "meeting.protocol.locked");
        }
        this.protocolName = protocol.getName();
        this.protocolCode = protocol.isBuiltIn() ? protocol.getCode() : null;
        this.phases = new ArrayList<>(protocol.copyOfPhases());
        this.durationMinutes = Math.max(1, protocol.totalMinutes());
        this.releaseOnTimer = phases.stream().anyMatch(p -> p.getKind() == PhaseKind.PROMPT);
        calendarMayHaveChanged(before);
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public java.time.LocalDate getOccurrenceDate() {
        return occurrenceDate;
    }

    /** A meeting without a protocol yet (a plain calendar entry). */
    public Meeting(Community community, String title, Instant startsAt, Duration duration, Instant createdAt) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A meeting lasts some time");
        }
        this.community = community;
        this.title = title.strip();
        this.startsAt = startsAt;
        this.durationMinutes = Math.toIntExact(duration.toMinutes());
        this.status = MeetingStatus.SCHEDULED;
        this.createdAt = createdAt;
    }

    /** A meeting that follows a protocol: it takes its own copy of the template's phases. */
    public Meeting(Community community, String title, Instant startsAt, ProtocolTemplate protocol, Account presenter, Instant createdAt) {
        this(community, title, startsAt, Duration.ofMinutes(protocol.totalMinutes()), createdAt);
        this.protocolName = protocol.getName();
        this.protocolCode = protocol.isBuiltIn() ? protocol.getCode() : null;
        this.phases = new ArrayList<>(protocol.copyOfPhases());
        this.presenter = presenter;
        this.releaseOnTimer = phases.stream().anyMatch(p -> p.getKind() == PhaseKind.PROMPT);
    }

    // ---- The run -------------------------------------------------------------------------------------

    /**
     * Applies a facilitator's action. The action names the run as the person saw it when they pressed
     * ({@link SeenRun}), so that of two co-facilitators pressing the same button together only the first changes
     * the meeting: every action expects the phase it was pressed in (another phase makes it stale); adding minutes
     * also expects the phase's planned length it extends (two people adding five minutes at once add five, not
     * ten); pausing expects a running clock, resuming a paused one and ending a meeting not yet ended, which their
     * names say, so a second pause, resume or end is refused with what the first did.
     */
    public Transition apply(TransitionAction action, SeenRun seen, int minutes, Account actor, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw Rejected.because("meeting.cancelled");
        }
        if (seen.phase() != phaseIndex) {
            throw new StaleTransition(seen.phase(), phaseIndex, clock().getPlannedSeconds());
        }
        int from = phaseIndex;
        switch (action) {
            case OPEN -> open();
            case START -> start(now);
            case NEXT -> next(now);
            case PREVIOUS -> previous(now);
            case PAUSE -> pause(now);
            case RESUME -> resume(now);
            case ADD_MINUTES -> addMinutes(minutes, seen.plannedSeconds());
            case END -> end(now);
            case STAY -> stay();
            case CLOSE_GROUPS -> closeGroups(now);
        }
        return new Transition(this, action, from, phaseIndex, actor, now);
    }

    /** The run as a page shows it now: what a button pressed on that page expects. */
    public SeenRun seen() {
        return new SeenRun(phaseIndex, clock().getPlannedSeconds());
    }

    private void open() {
        if (status != MeetingStatus.SCHEDULED) {
            throw Rejected.because("meeting.alreadyOpen");
        }
        status = MeetingStatus.OPEN;
    }

    private void start(Instant now) {
        if (status != MeetingStatus.SCHEDULED && status != MeetingStatus.OPEN) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        if (phases.isEmpty()) {
            throw Rejected.because("meeting.noProtocol");
        }
        status = MeetingStatus.RUNNING;
        startedAt = now;
        enterPhase(0, now);
    }

    private void next(Instant now) {
        requireRunning();
        if (phaseIndex >= phases.size() - 1) {
            throw Rejected.because("meeting.lastPhase");
        }
        enterPhase(phaseIndex + 1, now);
    }

    private void previous(Instant now) {
        requireRunning();
        if (phaseIndex == 0) {
            throw Rejected.because("meeting.firstPhase");
        }
        enterPhase(phaseIndex - 1, now);
    }

    private void pause(Instant now) {
        requireRunning();
        if (clock().isPaused()) {
            throw Rejected.because("meeting.alreadyPaused");
        }
        clock().pause(now);
    }

    private void resume(Instant now) {
        requireRunning();
        if (!clock().isPaused()) {
            throw Rejected.because("meeting.notPaused");
        }
        if (groupsCloseAt != null) {
            groupsCloseAt = groupsCloseAt.plus(Duration.between(clock().getPausedAt(), now)); // the pause does not count
        }
        clock().resume(now);
    }

    private void addMinutes(int minutes, int seenPlannedSeconds) {
        requireRunning();
        if (seenPlannedSeconds != clock().getPlannedSeconds()) {
            throw new StaleTransition(phaseIndex, phaseIndex, clock().getPlannedSeconds());
        }
        if (minutes < 1 || minutes > MOST_MINUTES_ADDED) {
            throw Rejected.onField("minutes", "meeting.minutesToAdd", MOST_MINUTES_ADDED);
        }
        clock().extend(minutes * 60);
        groupsCloseAt = null; // more time: the groups stay open
    }

    private void end(Instant now) {
        String before = calendarFace();
        if (status != MeetingStatus.RUNNING && status != MeetingStatus.OPEN) {
            throw Rejected.because(status == MeetingStatus.ENDED ? "meeting.alreadyEnded" : "meeting.notRunning");
        }
        if (clock().isPaused()) {
            clock().resume(now);
        }
        status = MeetingStatus.ENDED;
        endedAt = now;
        calendarMayHaveChanged(before);
    }

    private void stay() {
        requireRunning();
        if (!isMovingOn()) {
            throw Rejected.because("meeting.stay.notMoving");
        }
        stayedIn = phaseIndex;
        groupsCloseAt = null; // kept open: the phase's own time again
    }

    /**
     * Breakout groups never close mid-sentence: the facilitator asks them to close, and they do when the warning's time
     * is up (plus {@link #MOVE_ON_GRACE}), everyone in them counting down meanwhile. A phase with less time left keeps
     * it (one over its time gets the whole warning); a paused clock runs again.
     */
    private void closeGroups(Instant now) {
        requireRunning();
        if (currentPhase().getKind() != PhaseKind.BREAKOUT) {
            throw Rejected.because("meeting.closeGroups.notBreakout");
        }
        if (phaseIndex == phases.size() - 1) {
            throw Rejected.because("meeting.lastPhase");
        }
        if (isClosingGroups()) {
            throw Rejected.because("meeting.closeGroups.already");
        }
        if (clock().isPaused()) {
            clock().resume(now);
        }
        long left = clock().remaining(now).toSeconds();
        groupsCloseAt = now.plusSeconds(left > 0 && left < groupsWarningSeconds ? left : groupsWarningSeconds);
        stayedIn = null;
    }

    /**
     * Whether the phase now moves on by itself when its time is up: it is set to (or its breakout groups were asked to
     * close), it is not the last, and no facilitator chose to stay in it.
     */
    public boolean isMovingOn() {
        Phase phase = currentPhase();
        return isRunning() && phase != null && (phase.isMovesOn() || groupsCloseAt != null) && phaseIndex < phases.size() - 1
                && (stayedIn == null || stayedIn != phaseIndex);
    }

    /** Whether breakout groups now count down to their closing (everyone in them sees "Closing in …"). */
    public boolean isClosingGroups() {
        return groupsCloseAt != null && isMovingOn();
    }

    public int getGroupsWarningSeconds() {
        return groupsWarningSeconds;
    }

    /** How long before they close breakout groups are warned, and how long "close the groups" gives them. */
    public void warnGroupsBefore(int seconds) {
        if (seconds < GROUPS_WARNING_LEAST || seconds > GROUPS_WARNING_MOST) {
            throw Rejected.onField("warning", "meeting.groupsWarning.range", GROUPS_WARNING_LEAST, GROUPS_WARNING_MOST / 60);
        }
        groupsWarningSeconds = seconds;
    }

    /** A phase moving on by itself whose time was up {@link #MOVE_ON_GRACE} ago (its clock not paused). */
    public boolean isDueToMoveOn(Instant now) {
        return isMovingOn() && !isPaused() && remaining(now).compareTo(MOVE_ON_GRACE.negated()) <= 0;
    }

    private void requireRunning() {
        if (status != MeetingStatus.RUNNING) {
            throw Rejected.because(status == MeetingStatus.ENDED ? "meeting.alreadyEnded" : "meeting.notRunning");
        }
    }

    private void enterPhase(int index, Instant now) {
        phaseIndex = index;
        groupsCloseAt = null;
        clock().enter(phases.get(index).getMinutes() * 60, now);
    }

    /** The phase's clock (never null: a meeting read from the database always has its planned seconds). */
    private PhaseClock clock() {
        if (clock == null) {
            clock = new PhaseClock();
        }
        return clock;
    }

    /** Time spent in the current phase, not counting pauses. */
    public Duration elapsed(Instant now) {
        return clock().elapsed(endedAt != null ? endedAt : now);
    }

    /**
     * Time left in the current phase; negative when it runs over. While breakout groups close, the time until they do
     * (a pause holds it too).
     */
    public Duration remaining(Instant now) {
        Instant until = endedAt != null ? endedAt : now;
        if (groupsCloseAt != null && isRunning()) {
            return Duration.between(clock().isPaused() ? clock().getPausedAt() : until, groupsCloseAt);
        }
        return clock().remaining(until);
    }

    /** A chat question whose time is up, in a meeting that releases questions on the timer. */
    public boolean isDueForRelease(Instant now) {
        Phase phase = currentPhase();
        return releaseOnTimer && isRunning() && !isPaused() && phase != null && phase.getKind() == PhaseKind.PROMPT
                && phaseIndex < phases.size() - 1 && remaining(now).compareTo(Duration.ZERO) <= 0;
    }

    public void releaseOnTimer(boolean automatic) {
        this.releaseOnTimer = automatic;
    }

    public String getRecordToken() {
        return recordToken;
    }

    public boolean isRecordShared() {
        return recordToken != null;
    }

    /** Publishes the ended meeting's record at a secret link ({@code token}), or revokes it (null). */
    public void shareRecord(String token) {
        if (token != null && status != MeetingStatus.ENDED) {
            throw Rejected.because("record.share.notEnded");
        }
        recordToken = token;
    }

    public boolean isAnonymousContributions() {
        return authorship == Authorship.ANONYMOUS;
    }

    /** Makes what is said anonymous, or not; only before the meeting starts: nobody's words change hands midway. */
    public void anonymousContributions(boolean anonymous) {
        if (anonymous != isAnonymousContributions() && (hasStarted() || status == MeetingStatus.ENDED)) {
            throw Rejected.because("meeting.anonymous.started");
        }
        authorship = anonymous ? Authorship.ANONYMOUS : Authorship.NAMED;
    }

    public boolean isReleaseOnTimer() {
        return releaseOnTimer;
    }

    public boolean isPaused() {
        return clock().isPaused();
    }

    public boolean isRunning() {
        return status == MeetingStatus.RUNNING;
    }

    public boolean hasStarted() {
        return status == MeetingStatus.RUNNING || status == MeetingStatus.ENDED;
    }

    /** Whether the meeting's protocol has a phase of this kind. */
    public boolean has(PhaseKind kind) {
        return phases.stream().anyMatch(phase -> phase.getKind() == kind);
    }

    /** Whether someone brings a problem of practice to this meeting (a chat has no presenter). */
    public boolean isPresented() {
        return has(PhaseKind.PRESENTATION) || presenter != null;
    }

    public Phase currentPhase() {
        return phaseIndex < 0 || phaseIndex >= phases.size() ? null : phases.get(phaseIndex);
    }

    /** The number of this prompt among the meeting's PROMPT phases (Q1, Q2, ...), or 0 for another kind. */
    public int promptNumber(int index) {
        if (index < 0 || index >= phases.size() || phases.get(index).getKind() != PhaseKind.PROMPT) {
            return 0;
        }
        return (int) phases.subList(0, index + 1).stream().filter(p -> p.getKind() == PhaseKind.PROMPT).count();
    }

    // ---- Preparation ---------------------------------------------------------------------------------

    public void writeProblem(ProblemOfPractice written) {
        if (hasStarted()) {
            throw Rejected.because("meeting.problemLocked");
        }
        this.problem = written;
    }

    /** Adjusts this meeting's copy of a phase, its script kept; phases already under way or past stay as they were. */
    public void adjustPhase(int index, String title, String instructions, int minutes, boolean movesOn) {
        Phase phase = index < 0 || index >= phases.size() ? null : phases.get(index);
        adjustPhase(index, title, instructions, phase == null ? null : phase.getCue(), phase == null ? null : phase.getNorm(), minutes,
                movesOn);
    }

    /**
     * Writes a phase's instructions (a chat's question) in other languages too, by language tag; phases already under
     * way or past stay as they were.
     */
    public void translatePhase(int index, Map<String, String> texts) {
        if (index < 0 || index >= phases.size()) {
            throw Rejected.because("meeting.noSuchPhase");
        }
        if (status == MeetingStatus.ENDED || (hasStarted() && index <= phaseIndex)) {
            throw Rejected.because("meeting.phasePast");
        }
        phases.set(index, phases.get(index).translated(texts));
    }

    /**
     * The key pages find a phase's words under, in their own language (meeting/live.xhtml, js/live/phase.mjs): a
     * built-in phase's wording; "phase-N" for a phase written in other languages too; null for words as written.
     */
    public String wordsKey(int index) {
        Phase phase = phases.get(index);
        return phase.getWording() != null ? phase.getWording() : phase.isTranslated() ? "phase-" + index : null;
    }

    /** Adjusts this meeting's copy of a phase and its script (cue card, norm). */
    public void adjustPhase(int index, String title, String instructions, String cue, String norm, int minutes, boolean movesOn) {
        String before = calendarFace();
        if (index < 0 || index >= phases.size()) {
            throw Rejected.because("meeting.noSuchPhase");
        }
        if (status == MeetingStatus.ENDED || (hasStarted() && index <= phaseIndex)) {
            throw Rejected.because("meeting.phasePast");
        }
        phases.set(index, phases.get(index).adjusted(title, instructions, cue, norm, minutes).movingOn(movesOn));
        durationMinutes = phases.stream().mapToInt(Phase::getMinutes).sum();
        calendarMayHaveChanged(before);
    }

    /**
     * Renames the meeting and sets its start, before it begins. A new start may not be in the past; a start left as it
     * was may (a meeting planned for earlier today keeps its time while its presenter changes).
     */
    public void reschedule(String title, Instant startsAt, Instant now) {
        String before = calendarFace();
        if (hasStarted() || status == MeetingStatus.OPEN) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        String named = title == null ? "" : title.strip();
        if (named.isEmpty()) {
            throw Rejected.onField("title", "meeting.rename.blank");
        }
        if (named.length() > TITLE_MAX) {
            throw Rejected.onField("title", "meeting.rename.tooLong", TITLE_MAX);
        }
        if (startsAt == null) {
            throw Rejected.onField("startsAt", "meeting.reschedule.empty");
        }
        if (!startsAt.equals(this.startsAt) && startsAt.isBefore(now)) {
            throw Rejected.onField("startsAt", "meeting.inThePast");
        }
        this.title = named;
        this.startsAt = startsAt;
        calendarMayHaveChanged(before);
    }

    public void choosePresenter(Account presenter) {
        if (hasStarted()) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        this.presenter = presenter;
    }

    /**
     * A member offers to present. Only while the meeting has not begun and nobody presents yet: a second volunteer
     * is told someone was quicker, and nobody takes over a presenter chosen by the facilitators.
     */
    public void volunteer(Account member) {
        if (hasStarted() || status == MeetingStatus.CANCELLED) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        boolean someoneElse = presenter != null && presenter != member && (presenter.getId() == null || !presenter.getId().equals(member.getId()));
        if (someoneElse) {
            throw Rejected.because("presenter.taken", presenter.getDisplayName());
        }
        this.presenter = member;
    }

    /** The presenter cannot present after all (before the meeting begins): the meeting needs a presenter again. */
    public void withdraw(long accountId) {
        if (hasStarted()) {
            throw Rejected.because("meeting.alreadyStarted");
        }
        if (!isPresenter(accountId)) {
            throw Rejected.because("presenter.notYou");
        }
        this.presenter = null;
        this.problem = null;
    }

    /** After the meeting, the presenter tells what they tried of the recommendations (blank clears it). */
    public void tellWhatWasTried(String text, Instant now) {
        if (status != MeetingStatus.ENDED) {
            throw Rejected.because("followUp.notEnded");
        }
        String told = Text.orNull(text);
        if (told != null && told.length() > FOLLOW_UP_MAX) {
            throw Rejected.onField("followUp", "followUp.tooLong", FOLLOW_UP_MAX);
        }
        this.followUp = told;
        this.followUpAt = told == null ? null : now;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Instant getFollowUpAt() {
        return followUpAt;
    }

    public void setCoFacilitators(Set<Account> people) {
        coFacilitators.clear();
        coFacilitators.addAll(people);
    }

    /** Breakouts start from this list (or from nothing in particular). */
    public void useStarters(ResourceList list) {
        this.starterList = list;
    }

    public ResourceList getStarterList() {
        return starterList;
    }

    public boolean isPresenter(long accountId) {
        return presenter != null && presenter.getId() == accountId;
    }

    public boolean isCoFacilitator(long accountId) {
        return coFacilitators.stream().anyMatch(a -> a.getId() == accountId);
    }

    // ---- Reading -------------------------------------------------------------------------------------

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getProtocolName() {
        return protocolName;
    }

    /** The protocol's name in a language: a built-in's as the bundles word it there, a community's own as written. */
    public String protocolNameIn(java.util.Locale language) {
        return ProtocolTemplate.nameOf(protocolCode, protocolName, language);
    }

    public List<Phase> getPhases() {
        return List.copyOf(phases);
    }

    public Account getPresenter() {
        return presenter;
    }

    public Set<Account> getCoFacilitators() {
        return Set.copyOf(coFacilitators);
    }

    public ProblemOfPractice getProblem() {
        return problem;
    }

    public int getPhaseIndex() {
        return phaseIndex;
    }

    public Instant getPhaseStartedAt() {
        return clock().getStartedAt();
    }

    public int getPhasePlannedSeconds() {
        return clock().getPlannedSeconds();
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getVersion() {
        return version;
    }
}
