package org.marigold.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.community.Community;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.library.ResourceUse;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;

/**
 * Preparing and running meetings: the transaction and authorization boundary. The meeting decides what a
 * transition does; this service loads it (locked), checks who is acting, saves, records the transition and
 * fires one {@link MeetingChanged}.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    @Inject
    MeetingRepository meetings;

    @Inject
    CommunityService communityService;


    @Inject
    AccountService accounts;

    @Inject
    Event<MeetingChanged> changed;

    @Inject
    Event<MeetingReplanned> replanned;

    @Inject
    Clock clock;

    @Inject
    LibraryService library;

    @Inject
    ResourceListService lists;

    // ---- Preparing -----------------------------------------------------------------------------------

    /**
     * The next meeting of each of these communities (running, or the soonest planned), for pages that list communities
     * the caller was already allowed to see (CommunityService decides which): what a community card shows of it.
     */
    public Map<Long, Meeting> next(Collection<Long> communityIds) {
        return meetings.nextOf(communityIds, clock.instant());
    }

    /** The next meeting of one community the caller was allowed to see, if one is planned. */
    public Optional<Meeting> next(long communityId) {
        return meetings.nextOf(communityId, clock.instant());
    }

    /** A meeting by id, for another feature that decides itself who may see it (a series, an RSVP by mail). */
    public Optional<Meeting> find(long meetingId) {
        return meetings.find(meetingId);
    }

    /** A meeting a series plans by itself, already made from the series' template (see ScheduleService). */
    public Meeting planFromSeries(Meeting meeting) {
        return meetings.add(meeting);
    }

    /** Plans a meeting that follows a protocol template; it takes its own copy of the phases. */
    public Meeting schedule(long actorId, String slug, String title, Instant startsAt, long templateId, Long presenterId) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.FACILITATOR);
        if (startsAt.isBefore(clock.instant().minusSeconds(3600))) {
            throw Rejected.onField("startsAt", "meeting.inThePast");
        }
        ProtocolTemplate template = offered(community, templateId);
        Account presenter = presenterId == null ? null : memberOf(community, presenterId).getAccount();
        return meetings.add(new Meeting(community, title, startsAt, template.in(languageOf(actorId)), presenter, clock.instant()));
    }

    /** A built-in template or one of the community's own. */
    /** A protocol template this community may plan with (a built-in, or its own); otherwise refused beside the field. */
    public ProtocolTemplate offered(Community community, long templateId) {
        return meetings.template(templateId)
                .filter(t -> t.isBuiltIn() || t.getCommunity().getId().equals(community.getId()))
                .orElseThrow(() -> Rejected.onField("template", "meeting.noSuchTemplate"));
    }

    private Locale languageOf(long actorId) {
        return accounts.find(actorId).map(Account::getLanguage).orElse(Locale.ENGLISH);
    }

    /** The presenter writes the problem of practice; a facilitator may write it for them. */
    public Meeting writeProblem(long actorId, long meetingId, ProblemOfPractice problem) {
        Meeting meeting = meeting(meetingId);
        MeetingView view = view(meeting, actorId);
        if (!view.speaksForPresenter()) {
            throw new AccessDenied("Only the presenter or a facilitator can write the problem of practice.");
        }
        meeting.writeProblem(problem);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    public Meeting adjustPhase(long actorId, long meetingId, int index, String title, String instructions, int minutes,
                               boolean movesOn) {
        return adjusted(actorId, meetingId, meeting -> meeting.adjustPhase(index, title, instructions, minutes, movesOn));
    }

    /** Adjusts a meeting's copy of a phase and its script: a cue card for facilitators, a norm for everyone. */
    public Meeting adjustPhase(long actorId, long meetingId, int index, String title, String instructions, String cue, String norm,
                               int minutes, boolean movesOn) {
        return adjusted(actorId, meetingId, meeting -> meeting.adjustPhase(index, title, instructions, cue, norm, minutes, movesOn));
    }

    /** Writes a meeting's phase (a chat's question) in other languages too: each reader is shown theirs first. */
    public Meeting translatePhase(long actorId, long meetingId, int index, Map<String, String> texts) {
        return adjusted(actorId, meetingId, meeting -> meeting.translatePhase(index, texts));
    }

    private Meeting adjusted(long actorId, long meetingId, Consumer<Meeting> adjustment) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        adjustment.accept(meeting);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    public Meeting prepare(long actorId, long meetingId, String title, Instant startsAt, Long presenterId, Set<Long> coFacilitatorIds) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        meeting.reschedule(title, startsAt, clock.instant());
        meeting.choosePresenter(presenterId == null ? null : memberOf(meeting.getCommunity(), presenterId).getAccount());
        Set<Account> helpers = new HashSet<>();
        for (Long id : coFacilitatorIds) {
            helpers.add(memberOf(meeting.getCommunity(), id).getAccount());
        }
        meeting.setCoFacilitators(helpers);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    // ---- Managing ------------------------------------------------------------------------------------

    /** Renames and reschedules a meeting that has not begun; a new time may not be in the past. */
    public Meeting reschedule(long actorId, long meetingId, String title, Instant startsAt) {
        Meeting meeting = managed(actorId, meetingId);
        Instant was = meeting.getStartsAt();
        meeting.reschedule(title, startsAt, clock.instant());
        if (!was.equals(meeting.getStartsAt())) {
            replanned.fire(MeetingReplanned.of(meeting));
        }
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    /** Calls off a meeting that has not begun, with an optional reason its page shows. */
    public Meeting cancel(long actorId, long meetingId, String reason) {
        Meeting meeting = managed(actorId, meetingId);
        meeting.cancel(reason);
        replanned.fire(MeetingReplanned.of(meeting));
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    /** Plans a cancelled meeting again (undoing the cancellation), if its time is still to come. */
    public Meeting reinstate(long actorId, long meetingId) {
        Meeting meeting = managed(actorId, meetingId);
        meeting.reinstate(clock.instant());
        replanned.fire(MeetingReplanned.of(meeting));
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    /** Before it begins, the meeting follows another protocol offered to its community, in the actor's language. */
    public Meeting changeProtocol(long actorId, long meetingId, long templateId) {
        Meeting meeting = managed(actorId, meetingId);
        meeting.followProtocol(offered(meeting.getCommunity(), templateId).in(languageOf(actorId)));
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    /** Says where the meeting happens: a video call (an https link) and/or a room; blank parts are not said. */
    public Meeting meetAt(long actorId, long meetingId, String callLink, String room) {
        Meeting meeting = managed(actorId, meetingId);
        meeting.meetAt(Place.of(callLink, room));
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    /** A meeting its facilitator changes, locked so that a change never crosses the meeting's start. */
    private Meeting managed(long actorId, long meetingId) {
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        requireFacilitator(meeting, actorId);
        return meeting;
    }

    /** How long before they close a meeting's breakout groups are warned (seconds). */
    public Meeting warnGroupsBefore(long actorId, long meetingId, int seconds) {
        Meeting meeting = managed(actorId, meetingId);
        meeting.warnGroupsBefore(seconds);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    /** Names the library list the meeting's breakout groups start from; null for none. */
    public Meeting chooseStarters(long actorId, long meetingId, Long listId) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        ResourceList list = null;
        if (listId != null) {
            list = lists.list(actorId, listId);
            if (!list.getCommunity().getId().equals(meeting.getCommunity().getId())) {
                throw Rejected.onField("list", "meeting.noSuchList");
            }
        }
        meeting.useStarters(list);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE));
        return meeting;
    }

    // ---- Presenters ----------------------------------------------------------------------------------

    /**
     * How long before their meeting a presenter is reminded to write the problem of practice: about a month, so the
     * presenter of a monthly meeting sees it from the day they take their turn.
     */
    public static final java.time.Duration REMIND_BEFORE = java.time.Duration.ofDays(35);

    /** How long after their meeting a presenter is asked what they tried. */
    public static final java.time.Duration ASK_AFTER = java.time.Duration.ofDays(45);

    /**
     * A member offers to present at a meeting nobody presents at yet (presenters take turns). The row is locked, so of
     * two members volunteering at once the first presents and the second is told who was quicker.
     */
    public Meeting volunteer(long actorId, long meetingId) {
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        if (view(meeting, actorId).role() == Role.GUEST) {
            throw new AccessDenied("Members present; guests take part.");
        }
        meeting.volunteer(accounts.find(actorId).orElseThrow());
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    /** The presenter cannot present after all: the meeting looks for a presenter again. */
    public Meeting withdraw(long actorId, long meetingId) {
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        view(meeting, actorId);
        meeting.withdraw(actorId);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    /** After the meeting, the presenter (or a facilitator for them) tells what they tried; the next meeting shows it. */
    public Meeting tellWhatWasTried(long actorId, long meetingId, String text) {
        Meeting meeting = meeting(meetingId);
        if (!view(meeting, actorId).speaksForPresenter()) {
            throw new AccessDenied("Only the presenter tells what they tried.");
        }
        meeting.tellWhatWasTried(text, clock.instant());
        return meeting;
    }

    /** The community's last meeting with a presenter before this one: what they chose to try, and what they tried. */
    public java.util.Optional<LastTime> lastTime(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        return meetings.presentedBefore(meeting)
                .map(last -> new LastTime(last, meetings.contributions(last).stream().filter(Contribution::isPicked).toList()));
    }

    /** What the presenter of an earlier meeting chose to try ({@code picked}) and told afterwards. */
    public record LastTime(Meeting meeting, List<Contribution> picked) {
    }

    /** A nudge for a presenter: write the problem before the meeting, or tell what you tried after it. */
    public record PresenterReminder(Meeting meeting, boolean before) {
    }

    /** What waits for this person as a presenter, in the communities they still belong to, soonest first. */
    public List<PresenterReminder> reminders(long actorId) {
        List<Long> mine = communityService.membershipsOf(actorId).stream().map(m -> m.getCommunity().getId()).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<PresenterReminder> reminders = new java.util.ArrayList<>();
        meetings.toPresentWithoutProblem(actorId, mine, now.minus(java.time.Duration.ofHours(12)), now.plus(REMIND_BEFORE))
                .forEach(m -> reminders.add(new PresenterReminder(m, true)));
        meetings.presentedWithoutFollowUp(actorId, mine, now.minus(ASK_AFTER))
                .forEach(m -> reminders.add(new PresenterReminder(m, false)));
        return reminders;
    }

    // ---- Finding meetings ----------------------------------------------------------------------------

    /** A page of a community's meetings, coming or past, whose title, problem, protocol or presenter has every word. */
    public MeetingPage find(long actorId, String slug, MeetingPage.When when, String words, int page, int size) {
        Community community = communityService.community(slug);
        communityService.require(community, actorId, Role.GUEST);
        if (page < 1 || size < 1 || size > MeetingPage.MOST_PER_PAGE) {
            throw Rejected.because("meeting.find.page", MeetingPage.MOST_PER_PAGE);
        }
        List<String> searched = org.marigold.platform.Text.searchWords(words, MeetingPage.MOST_WORDS);
        Instant boundary = clock.instant().minus(MeetingPage.STILL_COMING);
        return new MeetingPage(when, meetings.find(community, when, searched, boundary, (page - 1) * size, size),
                meetings.count(community, when, searched, boundary), page, size);
    }

    // ---- Running -------------------------------------------------------------------------------------

    /** A meeting as the caller may see it: members and guests of its community only. */
    public MeetingView open(long actorId, long meetingId) {
        return view(meeting(meetingId), actorId);
    }

    /**
     * Joining records attendance (first arrival and last seen); nobody attends a meeting not yet open, cancelled, or ended
     * (opening an ended meeting's page is reading its record, and announces nobody's name to its readers).
     */
    public MeetingView join(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        MeetingView view = view(meeting, actorId);
        boolean gathering = meeting.getStatus() == MeetingStatus.OPEN || meeting.getStatus() == MeetingStatus.RUNNING;
        if (gathering && meetings.recordAttendance(meetingId, actorId, clock.instant())) {
            changed.fire(MeetingChanged.arrived(meetingId, actorId));
        }
        return view;
    }

    /**
     * A facilitator's action on the run, naming the run as they saw it. The meeting row is locked, so of two
     * simultaneous actions pressed on the same run, one changes the meeting and the other is refused (see
     * {@link Meeting#apply}).
     */
    public Meeting transition(long actorId, long meetingId, TransitionAction action, SeenRun seen, int minutes) {
        Meeting meeting = meetings.lockForChange(meetingId).orElseThrow(() -> new NotFound("No such meeting"));
        requireFacilitator(meeting, actorId);
        Instant now = clock.instant();
        meetings.add(meeting.apply(action, seen, minutes, accounts.find(actorId).orElse(null), now));
        if (action == TransitionAction.OPEN || action == TransitionAction.START) {
            meetings.recordAttendance(meetingId, actorId, now);
        }
        recordStarterUse(meeting);
        boolean clockOnly = action == TransitionAction.PAUSE || action == TransitionAction.RESUME || action == TransitionAction.ADD_MINUTES
                || action == TransitionAction.STAY || action == TransitionAction.CLOSE_GROUPS;
        changed.fire(MeetingChanged.stepped(meetingId, clockOnly));
        return meeting;
    }

    /**
     * Releases the next chat question in every meeting whose current question's time is up and that releases on
     * the timer. Recorded as a transition with no actor. Safe to run on several servers at once: each meeting
     * is locked and the transition names the phase it leaves.
     */
    public int releaseDuePrompts(Instant now) {
        return moveOnWhere(meetings.runningWithReleaseOnTimer(), meeting -> meeting.isDueForRelease(now), now);
    }

    /**
     * Moves on every meeting whose phase moves on by itself and whose time was up {@link Meeting#MOVE_ON_GRACE} ago,
     * unless a facilitator stayed. Recorded as a transition with no actor. Safe to run on several servers at once: each
     * meeting is locked and the transition names the phase it leaves.
     */
    public int moveOnDuePhases(Instant now) {
        return moveOnWhere(meetings.movingOnByItself(), meeting -> meeting.isDueToMoveOn(now), now);
    }

    /** Moves on, with no actor, each of these meetings that is {@code due} (locked, so that one server moves it). */
    private int moveOnWhere(List<Long> meetingIds, Predicate<Meeting> due, Instant now) {
        int moved = 0;
        for (long id : meetingIds) {
            Meeting meeting = meetings.lockForChange(id).orElse(null);
            if (meeting != null && due.test(meeting)) {
                meetings.add(meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, now));
                changed.fire(MeetingChanged.stepped(id, false));
                moved++;
            }
        }
        return moved;
    }

    /** Makes what is said in the meeting anonymous, or not, before it starts (the row locked, so it never crosses the start). */
    public Meeting anonymousContributions(long actorId, long meetingId, boolean anonymous) {
        Meeting meeting = managed(actorId, meetingId);
        meeting.anonymousContributions(anonymous);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    public Meeting releaseOnTimer(long actorId, long meetingId, boolean automatic) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        meeting.releaseOnTimer(automatic);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return meeting;
    }

    public List<Transition> transitions(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        return meetings.transitions(meeting);
    }

    /** The facilitator's run sheet as it stands now: phases, clock times, minutes over or under, the projected end. */
    public RunSheet runSheet(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        return RunSheet.of(meeting, meetings.transitions(meeting), clock.instant());
    }

    public List<Contribution> contributions(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        return meetings.contributions(meeting);
    }

    /**
     * What the live page shows of the phase now: {@code said}, the latest {@code latest} things said in it (all when
     * null), and the questions held for later in a question or discussion phase, or the recommendations while the
     * presenter reflects, in the order they were said; {@code saidInPhase}, how many were said in it; {@code replies},
     * the replies under those shown, by what they answer. Read for what is shown only, however long the meeting.
     */
    public record OnScreen(List<Contribution> said, long saidInPhase, java.util.Map<Long, List<Contribution>> replies) {
    }

    public OnScreen onScreen(long actorId, long meetingId, Integer latest) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        Phase phase = meeting.currentPhase();
        if (phase == null) {
            return new OnScreen(List.of(), 0, java.util.Map.of());
        }
        int index = meeting.getPhaseIndex();
        java.util.ArrayList<Contribution> said = new java.util.ArrayList<>(meetings.saidIn(meeting, index, latest));
        said.addAll(keptFromEarlier(meeting));
        said.sort(java.util.Comparator.comparingInt(Contribution::getPhaseIndex).thenComparing(Contribution::getCreatedAt)
                .thenComparing(Contribution::getId));
        long ofPhase = said.stream().filter(c -> c.getPhaseIndex() == index).count();
        return new OnScreen(List.copyOf(said), latest == null || ofPhase < latest ? ofPhase : meetings.countSaidIn(meeting, index), repliesUnder(said));
    }

    /** The replies under the chat answers among these, by what they answer. */
    private java.util.Map<Long, List<Contribution>> repliesUnder(List<Contribution> said) {
        java.util.Map<Long, List<Contribution>> replies = new java.util.HashMap<>();
        List<Long> answers = said.stream().filter(c -> c.getKind() == ContributionKind.ANSWER).map(Contribution::getId).toList();
        for (Contribution reply : meetings.repliesTo(answers)) { // people reply to chat answers only
            replies.computeIfAbsent(reply.getParent().getId(), id -> new java.util.ArrayList<>()).add(reply);
        }
        return replies;
    }

    /** Every answer to an earlier chat question, with the replies under them; empty for any other phase. */
    public OnScreen thread(long actorId, long meetingId, int phaseIndex) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        if (meeting.promptNumber(phaseIndex) == 0 || phaseIndex >= meeting.getPhaseIndex()) {
            return new OnScreen(List.of(), 0, java.util.Map.of());
        }
        List<Contribution> said = meetings.saidIn(meeting, phaseIndex, null);
        return new OnScreen(said, said.size(), repliesUnder(said));
    }

    /**
     * What the phase now shows from earlier phases: questions held for later (all of them in a question or discussion
     * phase; in any other, those a facilitator brought back in it), and the recommendations while the presenter reflects.
     */
    private List<Contribution> keptFromEarlier(Meeting meeting) {
        int index = meeting.getPhaseIndex();
        PhaseKind kind = meeting.currentPhase().getKind();
        if (kind == PhaseKind.QUESTIONS || kind == PhaseKind.DISCUSSION) {
            return meetings.heldBefore(meeting, index);
        }
        List<Contribution> kept = new java.util.ArrayList<>(meetings.broughtBackTo(meeting, index));
        if (kind == PhaseKind.REFLECTION) {
            meetings.recommendations(meeting).stream().filter(c -> c.getPhaseIndex() != index).forEach(kept::add);
        }
        return kept;
    }

    /**
     * Whether the running meeting's phase shows nothing yet: nothing said in it, nothing kept from earlier phases, not a
     * breakout (whose groups and resources the page shows), not paused. A page can then show the phase from the news of
     * the change alone, with an empty list, instead of asking the server to render it.
     */
    public boolean showsNothingYet(Meeting meeting) {
        Phase phase = meeting.currentPhase();
        return meeting.isRunning() && phase != null && !meeting.isPaused() && phase.getKind() != PhaseKind.BREAKOUT
                && meetings.countSaidIn(meeting, meeting.getPhaseIndex()) == 0 && keptFromEarlier(meeting).isEmpty();
    }

    /** One contribution of this meeting, for someone who may see the meeting; empty when it is not (or no longer) there. */
    public java.util.Optional<Contribution> contribution(long actorId, long meetingId, long contributionId) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        return meetings.contribution(contributionId).filter(c -> c.getMeeting().getId().equals(meeting.getId()));
    }

    /** How many have joined, and the names of the latest to arrive (at most {@code names}), newest first. */
    public record Presence(long count, List<String> latest) {
    }

    /** How many are here and the latest {@code names} to arrive; after an anonymous meeting, the reader alone is named. */
    public Presence presence(long actorId, long meetingId, int names) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        if (Anonymity.hides(meeting)) {
            Anonymity anonymity = Anonymity.of(meeting, actorId);
            return new Presence(meetings.attendanceCount(meetingId),
                    meetings.attendees(meetingId).stream().filter(anonymity::shows).map(Account::getDisplayName).toList());
        }
        return new Presence(meetings.attendanceCount(meetingId), meetings.latestAttendeeNames(meetingId, names));
    }

    /** Who has joined, in order of arrival. */
    public List<Account> present(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        view(meeting, actorId);
        return meetings.attendees(meetingId);
    }

    /** Says something in the current phase, if the phase takes it and gives this person the floor ({@link Floor}). */
    public Contribution contribute(long actorId, long meetingId, ContributionKind kind, ContributionType questionType, String body,
                                   Long parentId) {
        return contribute(actorId, meetingId, kind, questionType, body, parentId, null);
    }

    /**
     * The same, for what was written under an earlier phase: a chat answer typed under Q1 and sent after Q2 came out
     * answers Q1 ({@code writtenIn}, that question's phase), while the meeting runs. Anything else goes to the phase now.
     */
    public Contribution contribute(long actorId, long meetingId, ContributionKind kind, ContributionType questionType, String body,
                                   Long parentId, Integer writtenIn) {
        Meeting meeting = meeting(meetingId);
        MeetingView view = view(meeting, actorId);
        if (!meeting.isRunning()) {
            throw Rejected.because(meeting.getStatus() == MeetingStatus.ENDED ? "meeting.alreadyEnded" : "meeting.notRunning");
        }
        boolean earlierQuestion = kind == ContributionKind.ANSWER && writtenIn != null && writtenIn < meeting.getPhaseIndex()
                && meeting.promptNumber(writtenIn) > 0;
        int phaseIndex = earlierQuestion ? writtenIn : meeting.getPhaseIndex();
        Phase phaseSaidIn = meeting.getPhases().get(phaseIndex);
        boolean replyInChat = kind == ContributionKind.REPLY && meeting.has(PhaseKind.PROMPT); // threads stay open all chat long
        if (!phaseSaidIn.getKind().accepts(kind) && !replyInChat) {
            throw Rejected.because("contribution.notNow");
        }
        Optional<String> silenced = Floor.whyNot(meeting.currentPhase(), kind, view);
        if (silenced.isPresent()) {
            throw AccessDenied.because(silenced.get());
        }
        Contribution parent = null;
        if (kind == ContributionKind.REPLY) {
            parent = contributionIn(meeting, parentId == null ? -1 : parentId);
            if (parent.getKind() != ContributionKind.ANSWER) {
                throw Rejected.because("contribution.replyToAnswer");
            }
        }
        if (kind != ContributionKind.RECOMMENDATION) { // a group's recommendations are sent together, from its notes
            Instant now = clock.instant();
            PostingPace.check(meetings.recentContributions(meetingId, actorId, now.minus(PostingPace.LOOK_BACK)), now);
        }
        Contribution said = meetings.add(new Contribution(meeting, phaseIndex, kind, questionType,
                accounts.find(actorId).orElseThrow(), body, parent, clock.instant()));
        if (kind == ContributionKind.RECOMMENDATION) {
            library.recordCitations(meeting, said.getBody());
        }
        changed.fire(MeetingChanged.added(meetingId, said.getId()));
        if (kind == ContributionKind.RESTATEMENT) {
            changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE)); // every page's focus question
        }
        return said;
    }

    /**
     * The focus question as it stands: the presenter's latest restatement, else the question they framed; null when the
     * meeting has none.
     */
    public FocusQuestion focusQuestion(long actorId, long meetingId) {
        Meeting meeting = view(meeting(meetingId), actorId).meeting();
        String framed = meeting.getProblem() == null ? null : meeting.getProblem().getFramingQuestion();
        return meetings.latestRestatement(meeting).map(restated -> new FocusQuestion(restated.getBody(), framed, true))
                .orElse(framed == null || framed.isBlank() ? null : new FocusQuestion(framed, framed, false));
    }

    /** The presenter answers a question inline (a facilitator may, for an absent presenter), unless the presenter listens now. */
    public Contribution answer(long actorId, long contributionId, String text) {
        Contribution question = contribution(contributionId);
        MeetingView view = view(question.getMeeting(), actorId);
        if (!view.speaksForPresenter()) {
            throw new AccessDenied("Only the presenter or a facilitator answers questions.");
        }
        Optional<String> silenced = Floor.whyNotAnswer(question.getMeeting().currentPhase(), view);
        if (silenced.isPresent()) {
            throw AccessDenied.because(silenced.get());
        }
        question.answer(text);
        return fired(question);
    }

    public Contribution holdForLater(long actorId, long contributionId) {
        Contribution question = contribution(contributionId);
        requireFacilitator(question.getMeeting(), actorId);
        question.holdForLater();
        return fired(question);
    }

    /**
     * A facilitator turns a question from clarifying to probing, or back, while the meeting is in a questions phase; its
     * asker is told who did and why. The question is locked, so two facilitators pressing at once change it once.
     */
    public Contribution retag(long actorId, long contributionId, ContributionType type) {
        Contribution question = meetings.lockContribution(contributionId).orElseThrow(() -> new NotFound("No such contribution"));
        Meeting meeting = question.getMeeting();
        requireFacilitator(meeting, actorId);
        if (!meeting.isRunning() || meeting.currentPhase().getKind() != PhaseKind.QUESTIONS) {
            throw Rejected.because("question.retag.notNow");
        }
        if (question.retag(type, accounts.find(actorId).orElse(null))) {
            fired(question);
        }
        return question;
    }

    /** The questions held for later that still wait, for the facilitators' list of them (every phase, one place). */
    public List<Contribution> heldForLater(long actorId, long meetingId) {
        Meeting meeting = meeting(meetingId);
        requireFacilitator(meeting, actorId);
        return meetings.heldWaiting(meeting);
    }

    /** Brings a question held for later back in the phase now, for everyone to see (and the presenter to answer). */
    public Contribution bringBack(long actorId, long contributionId) {
        Contribution question = contribution(contributionId);
        Meeting meeting = question.getMeeting();
        requireFacilitator(meeting, actorId);
        if (!meeting.isRunning()) {
            throw Rejected.because(meeting.getStatus() == MeetingStatus.ENDED ? "meeting.alreadyEnded" : "meeting.notRunning");
        }
        question.bringBack(meeting.getPhaseIndex());
        return fired(question);
    }

    public Contribution markAnswered(long actorId, long contributionId) {
        Contribution question = contribution(contributionId);
        if (!view(question.getMeeting(), actorId).speaksForPresenter()) {
            throw new AccessDenied("Only the presenter or a facilitator marks questions answered.");
        }
        question.markAnswered();
        return fired(question);
    }

    public Contribution merge(long actorId, long duplicateId, long keptId) {
        Contribution duplicate = contribution(duplicateId);
        requireFacilitator(duplicate.getMeeting(), actorId);
        duplicate.mergeInto(contributionIn(duplicate.getMeeting(), keptId));
        return fired(duplicate);
    }

    /** +1 a recommendation, or like a chat answer or reply; pressing again takes it back. */
    public Contribution vote(long actorId, long contributionId) {
        Contribution said = contribution(contributionId);
        view(said.getMeeting(), actorId);
        if (said.getMeeting().getStatus() == MeetingStatus.ENDED) {
            throw Rejected.because("meeting.alreadyEnded");
        }
        if (!Set.of(ContributionKind.RECOMMENDATION, ContributionKind.ANSWER, ContributionKind.REPLY, ContributionKind.QUESTION)
                .contains(said.getKind())) {
            throw Rejected.because("contribution.notVotable");
        }
        meetings.toggleVote(said, actorId);
        changed.fire(MeetingChanged.voted(said.getMeeting().getId(), said.getId()));
        return said;
    }

    /** The presenter marks the recommendations they will try. */
    public Contribution pick(long actorId, long contributionId, boolean willTry) {
        Contribution recommendation = contribution(contributionId);
        if (!view(recommendation.getMeeting(), actorId).speaksForPresenter()) {
            throw new AccessDenied("Only the presenter chooses what to try.");
        }
        recommendation.pick(willTry);
        return fired(recommendation);
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    private Contribution fired(Contribution contribution) {
        changed.fire(new MeetingChanged(contribution.getMeeting().getId(), MeetingChanged.Change.CONTRIBUTIONS));
        return contribution;
    }

    /**
     * When breakouts begin, each resource of the starter lists (the meeting's, and each group's own) has been used in
     * this meeting.
     */
    private void recordStarterUse(Meeting meeting) {
        Phase phase = meeting.currentPhase();
        if (phase == null || phase.getKind() != PhaseKind.BREAKOUT) {
            return;
        }
        Set<ResourceList> starters = new java.util.LinkedHashSet<>(meetings.groupStarterLists(meeting));
        if (meeting.getStarterList() != null) {
            starters.add(meeting.getStarterList());
        }
        for (ResourceList list : starters) {
            for (Resource resource : list.getResources()) {
                library.recordUse(resource, meeting, ResourceUse.How.STARTER, list.getName());
            }
        }
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFound("No such meeting"));
    }

    private Contribution contribution(long id) {
        return meetings.contribution(id).orElseThrow(() -> new NotFound("No such contribution"));
    }

    private Contribution contributionIn(Meeting meeting, long id) {
        return meetings.contribution(id).filter(c -> c.getMeeting().getId().equals(meeting.getId()))
                .orElseThrow(() -> new NotFound("No such contribution"));
    }

    private MeetingView view(Meeting meeting, long actorId) {
        Membership membership = communityService.require(meeting.getCommunity(), actorId, Role.GUEST);
        boolean facilitates = membership.allows(Role.FACILITATOR) || meeting.isCoFacilitator(actorId);
        return new MeetingView(meeting, membership.getRole(), facilitates, meeting.isPresenter(actorId));
    }

    private void requireFacilitator(Meeting meeting, long actorId) {
        if (!view(meeting, actorId).facilitates()) {
            throw new AccessDenied("Only the meeting's facilitators can do this.");
        }
    }

    private Membership memberOf(Community community, long accountId) {
        return communityService.membership(community, accountId)
                .orElseThrow(() -> Rejected.onField("presenter", "meeting.notAMember"));
    }
}
