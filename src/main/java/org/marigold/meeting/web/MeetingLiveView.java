package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marigold.account.CurrentUser;
import org.omnifaces.util.Faces;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Floor;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.QuestionType;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.StaleTransition;
import org.marigold.meeting.TransitionAction;
import org.marigold.meeting.push.Push;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * The live meeting page: everyone follows the phase, its instructions and timer, and says what the phase
 * allows; facilitators also see the console. Every action is one service call; pushes refresh the page.
 */
@Named
@ViewScoped
public class MeetingLiveView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    org.marigold.meeting.breakout.BreakoutService breakouts;

    private Long meetingId;
    private MeetingView view;
    /**
     * The phase this page last followed a phase change to; other refreshes may read a newer phase first, and the
     * page must still notice that the breakouts began.
     */
    private int phaseSeen;
    /** Whether this page has recorded its person as present (not before the lobby opens). */
    private boolean joined;
    /**
     * Who is here: the count and the latest names only. Every open page keeps its own, so a meeting of a thousand
     * does not keep a thousand lists of a thousand people (the attendance page has everyone).
     */
    private MeetingService.Presence presence = new MeetingService.Presence(0, List.of());

    static final int NAMES_SHOWN = 40;

    /**
     * How many of the phase's contributions a page shows, the latest, until the person asks for all: a big meeting says
     * hundreds of things in a phase, and a phone on a poor connection would otherwise receive them all again with
     * every update (and the server render them once per person).
     */
    static final int LATEST_SHOWN = 40;
    /** The phase whose every contribution the person asked to see; any other phase starts with its latest. */
    private Integer showingAllOf;

    /** What the person is typing, and what it answers or replies to (null: the phase's own input). */
    private String body;
    private QuestionType questionType = QuestionType.CLARIFYING;
    private Long respondingTo;
    /** The phase the person started typing in, as the page noted it (marigold.noteWrittenIn): a chat answer keeps its question. */
    private Integer writtenIn;
    /** The earlier chat question whose answers the person opened. */
    private Integer openThread;
    private Integer minutesToAdd = 5;

    /**
     * The meeting as the page last read it. Missing only in a bean Faces made while rebuilding a page whose view this
     * server no longer holds (another instance served it, or it restarted): the page expired, and says so, rather than
     * failing on the conditions that build it.
     */
    private MeetingView view() {
        if (view == null) {
            throw new jakarta.faces.application.ViewExpiredException("The meeting page's view is not held here", "/meeting/live.xhtml");
        }
        return view;
    }

    public void load() {
        view = meetings.join(currentUser.requireId(), meetingId);
        joined = view().meeting().getStatus() != MeetingStatus.SCHEDULED;
        phaseSeen = view().meeting().getPhaseIndex();
        breakouts.placeLateJoiner(currentUser.requireId(), meetingId)
                .ifPresent(group -> PageMessages.info("breakout.placed", group.getName()));
        readPresence();
    }

    /**
     * Called when a push says the meeting changed, and after each action. When the breakouts begin, a group's members
     * go to their group's page (facilitators stay at the console, from where they visit the groups). Whichever
     * refresh first sees the new phase does it, so a push that arrives late or not at all cannot keep someone in the
     * room.
     */
    public void refresh() {
        refreshPhase();
        readPresence(); // after: reading the meeting again may have recorded the person's arrival
    }

    /** The same for a phase change's push, which leaves who is here as it was (an arrival has its own push). */
    public void refreshPhase() {
        reread();
        int now = view().meeting().getPhaseIndex();
        if (now == phaseSeen) {
            return;
        }
        phaseSeen = now;
        if (org.marigold.meeting.breakout.BreakoutService.inBreakout(view().meeting()) && !view().facilitates()) {
            breakouts.mine(currentUser.requireId(), meetingId).ifPresent(group -> {
                PageMessages.infoAfterRedirect("breakout.begun", group.getName());
                jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
                try {
                    external.redirect(external.getRequestContextPath() + "/meeting/group.xhtml?g=" + group.getId());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * The pushes that change one part re-read only what that part shows: in a meeting of hundreds every push is
     * answered by every page at once, so a contribution does not make each of them re-read who is present.
     */
    public void refreshStage() {
        reread();
    }

    public void refreshContributions() {
        reread(); // the contributions are read afresh when the list is rendered
    }

    public void refreshAttendance() {
        reread();
        readPresence();
    }

    /** The meeting as it now stands, checked again against the person (who may have been removed meanwhile). */
    private void reread() {
        forgetLists();
        view = meetings.open(currentUser.requireId(), meetingId);
        if (!joined && view().meeting().getStatus() != MeetingStatus.SCHEDULED) {
            // Waiting on the page before the lobby opened: arriving counts once it has.
            view = meetings.join(currentUser.requireId(), meetingId);
            joined = true;
        }
    }

    private void readPresence() {
        presence = meetings.presence(currentUser.requireId(), meetingId, NAMES_SHOWN);
    }

    // ---- Facilitator console -------------------------------------------------------------------------

    /**
     * A console button: it carries the run as its page showed it when pressed ({@link #getSeen()}, sent as the
     * request parameter {@code seen}), never the run as this bean last read it, which a push may have moved on
     * before the press is handled: two facilitators pressing "previous" together would then step back twice.
     */
    public void act(TransitionAction action) {
        SeenRun seen = seenOnPage(Faces.getRequestParameter("seen"));
        if (seen == null) { // a crafted request that names no run expects nothing, so it changes nothing
            refresh();
            PageMessages.error(null, "meeting.stale", phaseTitle(view().meeting().getPhaseIndex()));
            return;
        }
        try {
            meetings.transition(currentUser.requireId(), meetingId, action, seen,
                    action == TransitionAction.ADD_MINUTES && minutesToAdd != null ? minutesToAdd : 0);
        } catch (StaleTransition stale) {
            refresh();
            if (stale.sameByPhase()) {
                PageMessages.error(null, "meeting.stale.minutes", stale.plannedMinutes());
            } else {
                PageMessages.error(null, "meeting.stale", phaseTitle(stale.currentPhase()));
            }
            return;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "console");
        }
        refresh();
    }

    /** The run as this page shows it, which each console button sends back: the phase and its planned seconds. */
    public String getSeen() {
        SeenRun seen = view().meeting().seen();
        return seen.phase() + "/" + seen.plannedSeconds();
    }

    private static SeenRun seenOnPage(String sent) {
        String[] parts = sent == null ? new String[0] : sent.split("/");
        try {
            return parts.length == 2 ? new SeenRun(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) : null;
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    /** A phase's title in the page's language (the run sheet names every phase). */
    public String phaseTitle(int index) {
        List<Phase> phases = view().meeting().getPhases();
        return index < 0 || index >= phases.size() ? PageMessages.text("meeting.lobby") : phases.get(index).in(PageMessages.language()).getTitle();
    }

    // ---- Saying things -------------------------------------------------------------------------------

    /** Sends what is typed: the phase's own contribution, a reply to a chat answer, or the presenter's answer. */
    public void say() {
        reread(); // the page may show a phase its view has not re-read yet (js/live/phase.mjs): what is said goes to the phase now
        try {
            Contribution target = respondingTo == null ? null : find(respondingTo);
            if (target != null && target.getKind() == ContributionKind.QUESTION) {
                meetings.answer(currentUser.requireId(), target.getId(), body);
            } else if (target != null) {
                meetings.contribute(currentUser.requireId(), meetingId, ContributionKind.REPLY, null, body, target.getId());
            } else if (isAnsweringEarlierQuestion()) {
                meetings.contribute(currentUser.requireId(), meetingId, ContributionKind.ANSWER, null, body, null, writtenIn);
            } else {
                meetings.contribute(currentUser.requireId(), meetingId, getMainContribution(), questionType, body, null);
            }
            body = null;
            respondingTo = null;
            writtenIn = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "composer");
        } catch (AccessDenied denied) {
            PageMessages.error("composer:body", why(denied));
        }
        refresh();
    }

    /**
     * A button on a contribution: the list's rows are plain HTML, each button naming its action and contribution
     * ({@code act}, {@code id}, and for a merge {@code into}), sent by the page's one remote command for them. A row
     * costs nothing to rebuild then, and a row the page added from a push works like one the server rendered.
     */
    public void actOnContribution() {
        Map<String, String> sent = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Contribution contribution = find(number(sent.get("id")));
        if (contribution == null) {
            PageMessages.error(null, "contribution.gone");
            refresh();
            return;
        }
        switch (String.valueOf(sent.get("act"))) {
            case "vote" -> vote(contribution);
            case "respond" -> respondTo(contribution);
            case "hold" -> hold(contribution);
            case "answered" -> markAnswered(contribution);
            case "bringBack" -> bringBack(contribution);
            case "merge" -> merge(contribution, number(sent.get("into")));
            case "pick" -> pick(contribution);
            default -> {
                PageMessages.error(null, "contribution.notAllowed");
                refresh();
            }
        }
    }

    private static long number(String sent) {
        try {
            return sent == null ? -1 : Long.parseLong(sent.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    public void respondTo(Contribution contribution) {
        respondingTo = contribution.getId();
        body = contribution.getKind() == ContributionKind.QUESTION ? contribution.getAnswer() : null;
    }

    public void cancelResponse() {
        respondingTo = null;
        body = null;
    }

    /**
     * Whether what is typed answers a chat question released before the one now (or before the closing): the page
     * notes the question a person starts typing under ({@code writtenIn}), and the answer stays with it.
     */
    private boolean isAnsweringEarlierQuestion() {
        Meeting meeting = view().meeting();
        return writtenIn != null && writtenIn < meeting.getPhaseIndex() && meeting.promptNumber(writtenIn) > 0;
    }

    // ---- A chat's earlier questions ------------------------------------------------------------------

    /**
     * A chat question as the list of earlier ones shows it ("Q1 · What does stamina look like?"); {@code earlier} when
     * it was released before the phase now.
     */
    public record EarlierQuestion(int phase, String summary, boolean earlier, boolean open) {
    }

    /**
     * Every question of a running chat, collapsed; those not released yet are on the page hidden, so that a page moving
     * to the next question from its push alone (js/live/phase.mjs) shows the one before among them. The one the
     * person opened shows its answers ({@link #getThread()}).
     */
    public List<EarlierQuestion> getEarlierQuestions() {
        Meeting meeting = view().meeting();
        if (!meeting.isRunning() || !meeting.has(PhaseKind.PROMPT)) {
            return List.of();
        }
        List<EarlierQuestion> questions = new ArrayList<>();
        for (int i = 0; i < meeting.getPhases().size(); i++) {
            int number = meeting.promptNumber(i);
            if (number > 0) {
                Phase phase = meeting.getPhases().get(i).in(PageMessages.language());
                String words = phase.getInstructions() == null || phase.getInstructions().isBlank() ? phase.getTitle() : phase.getInstructions();
                questions.add(new EarlierQuestion(i, PageMessages.text("chat.earlierQuestion", number, words), i < meeting.getPhaseIndex(),
                        openThread != null && openThread == i));
            }
        }
        return questions;
    }

    /** Whether the list of earlier questions shows any now (the page hides it before Q2). */
    public boolean isEarlierQuestionShown() {
        return getEarlierQuestions().stream().anyMatch(EarlierQuestion::earlier);
    }

    /** Opens an earlier question's answers, or closes them when they are open. */
    public void toggleThread(int phase) {
        reread();
        openThread = openThread != null && openThread == phase ? null : phase;
    }

    private boolean isThreadOpen() {
        return openThread != null && openThread < view().meeting().getPhaseIndex() && view().meeting().promptNumber(openThread) > 0;
    }

    /** The answers to the earlier question the person opened, each with its replies ({@link #getReplies()}). */
    public List<Contribution> getThread() {
        return shown().thread();
    }

    /**
     * A like or a +1, or one taken back. The presser's page is answered with the contribution's count, when it was read
     * and whether the button is pressed now ({@code marigold.acted} puts them on the button), not with its list rendered
     * again: in a chat of hundreds each liking about once a minute, those renders were most of the server's work. A
     * like refused, or one sent as the meeting moved to another phase, renders the page as any other action does.
     */
    public void vote(Contribution contribution) {
        int phaseBefore = phaseSeen;
        long readAt = Push.micros(clock.instant()); // before the vote reads the count, as the list's reading says
        Contribution[] counted = {null};
        guarded(() -> counted[0] = meetings.vote(currentUser.requireId(), contribution.getId()));
        if (counted[0] != null && phaseSeen == phaseBefore) {
            jakarta.faces.context.PartialViewContext partial = jakarta.faces.context.FacesContext.getCurrentInstance().getPartialViewContext();
            partial.getRenderIds().clear();
            partial.getRenderIds().add("pageMessages");
            org.primefaces.PrimeFaces.Ajax answer = org.primefaces.PrimeFaces.current().ajax();
            answer.addCallbackParam("votedId", counted[0].getId());
            answer.addCallbackParam("votes", counted[0].getVotes());
            answer.addCallbackParam("votedAt", readAt);
            answer.addCallbackParam("pressed", counted[0].hasVoteFrom(currentUser.requireId()));
        }
    }

    public void hold(Contribution question) {
        guarded(() -> meetings.holdForLater(currentUser.requireId(), question.getId()));
    }

    public void markAnswered(Contribution question) {
        guarded(() -> meetings.markAnswered(currentUser.requireId(), question.getId()));
    }

    /** Shows a question held for later again, in the phase now, to everyone. */
    public void bringBack(Contribution question) {
        guarded(() -> meetings.bringBack(currentUser.requireId(), question.getId()));
    }

    /**
     * The questions held for later that wait, for the facilitators' list of them, in every phase of the running meeting:
     * read once per request.
     */
    @SuppressWarnings("unchecked")
    public List<Contribution> getHeldQuestions() {
        if (!view().facilitates() || !view().meeting().isRunning()) {
            return List.of();
        }
        return (List<Contribution>) thisRequest().computeIfAbsent(MeetingLiveView.class.getName() + ".held",
                key -> meetings.heldForLater(currentUser.requireId(), meetingId));
    }

    /** Folds this question into the one chosen beside it. */
    public void merge(Contribution duplicate, long kept) {
        if (kept < 0) {
            PageMessages.error(null, "contribution.chooseMergeTarget");
            return;
        }
        guarded(() -> meetings.merge(currentUser.requireId(), duplicate.getId(), kept));
    }

    public void pick(Contribution recommendation) {
        guarded(() -> meetings.pick(currentUser.requireId(), recommendation.getId(), !recommendation.isPicked()));
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "contributions");
        } catch (AccessDenied denied) {
            PageMessages.error(null, why(denied));
        } catch (NotFound gone) {
            PageMessages.error(null, "contribution.notAllowed");
        }
        refresh();
    }

    /** What a refusal says: its own reason ("The presenter listens during this phase"), or that the role does not allow it. */
    private static String why(AccessDenied denied) {
        return denied.messageKey() == null ? "contribution.notAllowed" : denied.messageKey();
    }

    /** A contribution of this meeting by its id, read once per request (the composer asks for what it answers often). */
    private Contribution find(long id) {
        String key = MeetingLiveView.class.getName() + ".contribution." + id;
        Map<String, Object> request = thisRequest();
        if (!request.containsKey(key)) {
            request.put(key, meetings.contribution(currentUser.requireId(), meetingId, id).orElse(null));
        }
        return (Contribution) request.get(key);
    }

    // ---- What the page shows -------------------------------------------------------------------------

    /** What screen readers hear when something new is said in this phase: its kind and words ("New question: ..."). */
    public String getLatestAnnouncement() {
        return getShown().stream().max(java.util.Comparator.comparing(Contribution::getId))
                .map(c -> PageMessages.text("announce." + c.getKind().name(), c.getBody())).orElse("");
    }

    /**
     * What the contribution list shows, worked out once for each state of the meeting and of its contributions
     * (not once per contribution shown: a big meeting has hundreds): the contributions on screen, the replies under
     * each answer, the chat labels, which ones the person supported, and the questions each could be merged into.
     */
    private record Shown(List<Contribution> contributions, int beyondLatest, Map<Long, List<Contribution>> replies,
                         Map<Long, String> labels, Map<Long, Boolean> votedByMe, Map<Long, List<Contribution>> mergeChoices,
                         long readAt, List<Contribution> thread) {
    }

    /*
     * What is shown of the contributions is read for one request and kept in it, never in the view: every open page
     * keeping it would hold the meeting's contributions once per person (docs/benchmarks.md). Each re-render reads
     * them again anyway, and only what it shows (MeetingService.onScreen), however long the meeting.
     */
    private static final String SHOWN = MeetingLiveView.class.getName() + ".shown";

    private static Map<String, Object> thisRequest() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    private Shown shown() {
        Shown worked = (Shown) thisRequest().get(SHOWN);
        if (worked == null) {
            worked = workOutShown();
            thisRequest().put(SHOWN, worked);
        }
        return worked;
    }

    /** The meeting or its contributions changed during this request: what was read of them is read again. */
    private void forgetLists() {
        thisRequest().keySet().removeIf(key -> key.startsWith(MeetingLiveView.class.getName() + "."));
    }

    /**
     * What belongs on screen now: this phase's latest contributions (or all of them, when the person asked), plus
     * questions held for later in a question or discussion phase, plus the recommendations while the presenter
     * reflects. Replies show under their answer.
     */
    private Shown workOutShown() {
        if (getPhase() == null) {
            return new Shown(List.of(), 0, Map.of(), Map.of(), Map.of(), Map.of(), 0, List.of());
        }
        long readAt = Push.micros(clock.instant()); // before reading: a like pushed later than this may be missing
        MeetingService.OnScreen read = meetings.onScreen(currentUser.requireId(), meetingId, isShowingAll() ? null : LATEST_SHOWN);
        List<Contribution> onScreen = read.said();
        int beyondLatest = (int) Math.max(0, read.saidInPhase() - LATEST_SHOWN);
        long me = currentUser.requireId();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Boolean> voted = new HashMap<>();
        MeetingService.OnScreen thread = isThreadOpen()
                ? meetings.thread(me, meetingId, openThread) : new MeetingService.OnScreen(List.of(), 0, Map.of());
        Map<Long, List<Contribution>> replies = new HashMap<>(read.replies());
        replies.putAll(thread.replies());
        List<Contribution> withReplies = new ArrayList<>(onScreen);
        withReplies.addAll(thread.said());
        replies.values().forEach(withReplies::addAll);
        for (Contribution c : withReplies) {
            int number = view().meeting().promptNumber(c.getPhaseIndex());
            if (c.getKind() == ContributionKind.ANSWER && number > 0) {
                labels.put(c.getId(), PageMessages.text("chat.answerLabel", number)); // chat answers read A1, A2 to match Q1, Q2
            }
            voted.put(c.getId(), c.hasVoteFrom(me));
        }
        Map<Long, List<Contribution>> mergeChoices = new HashMap<>();
        if (view().facilitates()) {
            List<Contribution> questions = onScreen.stream().filter(c -> c.getKind() == ContributionKind.QUESTION).toList();
            for (Contribution question : questions) {
                mergeChoices.put(question.getId(), questions.stream().filter(c -> !c.getId().equals(question.getId())).toList());
            }
        }
        return new Shown(onScreen, beyondLatest, replies, labels, voted, mergeChoices, readAt, thread.said());
    }

    /**
     * When the list was read, in microseconds as the pushes of likes say when they read a count: a page keeps the counts
     * pushed later than this over those its re-render shows (marigold.showCounts).
     */
    public long getReadAt() {
        return shown().readAt();
    }

    /** How many of this phase's contributions, the oldest, are not shown until the person asks for them. */
    public int getEarlierCount() {
        return isShowingAll() ? 0 : shown().beyondLatest();
    }

    /** Whether the person sees the whole of a phase that has more than the latest few (and may go back to those). */
    public boolean isShowingMoreThanLatest() {
        return isShowingAll() && shown().beyondLatest() > 0;
    }

    /** The list's bound for js/live/contributions.mjs, which keeps it when it adds pushed contributions; null when all are shown. */
    public Integer getLatestLimit() {
        return isShowingAll() ? null : LATEST_SHOWN;
    }

    /**
     * Messages with their number or words left open, for js/live/ to fill in as pushes come ("Here now ({0})", "New
     * question: {0}"): {@code patterns['meeting.present']}, in the page's language.
     */
    public Map<String, String> getPatterns() {
        return PATTERNS;
    }

    private static final Map<String, String> PATTERNS = new java.util.AbstractMap<>() {
        @Override
        public String get(Object key) {
            return PageMessages.text(String.valueOf(key), "{0}");
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return Set.of();
        }
    };

    /** How many a list shows until the person asks for all (js/live/phase.mjs goes back to it when the phase changes). */
    public int getLatestBound() {
        return LATEST_SHOWN;
    }

    /**
     * The kinds of contribution a push may add to this person's list without the server rendering it again: what the
     * meeting's phases take (a page shows the next phase from its push before its re-render comes, and takes what is
     * said in it meanwhile). Not questions for someone who sorts them (each row lists the others to merge into).
     */
    public List<ContributionKind> getAppendableKinds() {
        if (view().meeting().getStatus() == MeetingStatus.ENDED) {
            return List.of();
        }
        return inputKinds().filter(kind -> !(kind == ContributionKind.QUESTION && view().facilitates())).toList();
    }

    /** What the meeting's phases take with their box, each once. */
    private java.util.stream.Stream<ContributionKind> inputKinds() {
        return view().meeting().getPhases().stream().map(phase -> phase.getKind().mainContribution()).filter(java.util.Objects::nonNull)
                .distinct();
    }

    /** Whether a reply pushed to the page is added under its answer (chats). */
    public boolean isRepliesAppendable() {
        return view().meeting().getStatus() != MeetingStatus.ENDED && view().meeting().has(PhaseKind.PROMPT);
    }

    public String getShowLatestLabel() {
        return PageMessages.text("contribution.showLatest", LATEST_SHOWN);
    }

    /**
     * Whether the whole of the phase now is shown. A page may have moved on to the next phase from its push alone
     * (js/live/phase.mjs), with its list back to the latest, without telling the server; so this is tied to the phase.
     */
    private boolean isShowingAll() {
        return showingAllOf != null && showingAllOf == view().meeting().getPhaseIndex();
    }

    /** Shows the whole of this phase's contributions, or again only the latest. */
    public void showAll(boolean all) {
        reread();
        showingAllOf = all ? view().meeting().getPhaseIndex() : null;
    }



    /** What is on screen: see {@link #workOutShown()}. */
    public List<Contribution> getShown() {
        return shown().contributions();
    }

    /** The replies under each chat answer, by the answer's id. */
    public Map<Long, List<Contribution>> getReplies() {
        return shown().replies();
    }

    /** A chat answer's label (A1, A2…), by its id. */
    public Map<Long, String> getLabels() {
        return shown().labels();
    }

    public Map<Long, Boolean> getVotedByMe() {
        return shown().votedByMe();
    }

    /** The other questions on screen that each one could be a duplicate of (for facilitators), by its id. */
    public Map<Long, List<Contribution>> getMergeChoices() {
        return shown().mergeChoices();
    }

    public boolean isPresenterSpeaks() {
        return view().speaksForPresenter();
    }

    public boolean isFacilitating() {
        return view().facilitates();
    }

    /** The question types' names in the page's language. */
    public Map<QuestionType, String> getQuestionTypeNames() {
        Map<QuestionType, String> names = new java.util.EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            names.put(type, PageMessages.text("question." + type));
        }
        return names;
    }

    public Contribution getRespondingTo() {
        return respondingTo == null ? null : find(respondingTo);
    }

    public ContributionKind getMainContribution() {
        Phase phase = getPhase();
        return phase == null ? null : phase.getKind().mainContribution();
    }

    /** Whether this person can type into this phase at all. */
    public boolean isComposerShown() {
        if (!getMeeting().isRunning()) {
            return false;
        }
        if (getRespondingTo() != null) {
            return true;
        }
        if (getPhase().getKind() == PhaseKind.BREAKOUT && !breakouts.groups(currentUser.requireId(), meetingId).isEmpty()) {
            return false; // groups write on their own pages
        }
        return mayWrite(getPhase());
    }

    /** Whether this person may write what the phase takes with the page's box (the service checks it again). */
    private boolean mayWrite(Phase phase) {
        ContributionKind kind = phase.getKind().mainContribution();
        return kind != null && Floor.whyNot(phase, kind, view()).isEmpty();
    }

    /**
     * Why this person cannot write in the phase now ("The presenter listens during this phase"), or null: when they can,
     * when the phase takes nothing from anyone, or when they are answering a question.
     */
    public String getWhyNotWriting() {
        Phase phase = getPhase();
        if (!getMeeting().isRunning() || phase == null || getRespondingTo() != null) {
            return null;
        }
        return whyNot(phase);
    }

    private String whyNot(Phase phase) {
        ContributionKind kind = phase.getKind().mainContribution();
        return kind == null ? null : Floor.whyNot(phase, kind, view()).map(PageMessages::text).orElse(null);
    }

    /** Words the page shows for one of the meeting's phases, by its index: the box's label, or why there is no box. */
    public record PhaseWords(int phase, String words) {
    }

    /**
     * The label of the box in each of the meeting's phases this person may write in. The box is on the page, hidden in a
     * phase that takes nothing from them, whenever there is one: a page that moves to the next phase from its push alone
     * (js/live/phase.mjs) shows it with that phase's label, and the server must know the form then.
     */
    public List<PhaseWords> getComposerLabels() {
        List<PhaseWords> labels = new ArrayList<>();
        List<Phase> phases = view().meeting().getPhases();
        for (int i = 0; i < phases.size(); i++) {
            if (mayWrite(phases.get(i))) {
                labels.add(new PhaseWords(i, boxLabel(i)));
            }
        }
        return labels;
    }

    /** The box's label in one of the meeting's phases: "Your answer to Q2" in a chat, "Your recommendation"… */
    private String boxLabel(int phaseIndex) {
        int question = view().meeting().promptNumber(phaseIndex);
        return question > 0 ? PageMessages.text("composer.answerTo", question)
                : PageMessages.text("composer." + view().meeting().getPhases().get(phaseIndex).getKind().mainContribution());
    }

    /** The box's label now: what it answers or replies to, else what the phase (or the earlier question typed under) takes. */
    public String getComposerLabel() {
        Contribution target = getRespondingTo();
        if (target != null) {
            return PageMessages.text(target.getKind() == ContributionKind.QUESTION ? "composer.answerQuestion" : "composer.reply");
        }
        if (isAnsweringEarlierQuestion()) {
            return boxLabel(writtenIn);
        }
        return getMainContribution() == null ? "" : boxLabel(view().meeting().getPhaseIndex());
    }

    /** Why this person has no box in each phase that takes something from others (for js/live/phase.mjs too). */
    public List<PhaseWords> getSilences() {
        List<PhaseWords> silences = new ArrayList<>();
        List<Phase> phases = view().meeting().getPhases();
        for (int i = 0; i < phases.size(); i++) {
            String why = whyNot(phases.get(i));
            if (why != null) {
                silences.add(new PhaseWords(i, why));
            }
        }
        return silences;
    }

    /** Whether the box offers the kinds of question: the person may ask in one of the meeting's phases. */
    public boolean isQuestionTypesPossible() {
        return view().meeting().getPhases().stream().anyMatch(p -> p.getKind().mainContribution() == ContributionKind.QUESTION && mayWrite(p));
    }

    /** Whether the page holds the box at all (see {@link #getComposerLabels()}). */
    public boolean isComposerPossible() {
        return getMeeting().isRunning() && (getRespondingTo() != null || view().meeting().getPhases().stream().anyMatch(this::mayWrite));
    }

    public Meeting getMeeting() {
        return view().meeting();
    }

    /** The phase now, in the page's language (a built-in protocol's words; a facilitator's as written). */
    public Phase getPhase() {
        Phase phase = view().meeting().currentPhase();
        return phase == null ? null : phase.in(PageMessages.language());
    }

    /** The protocol's name in the page's language (a built-in's; a community's own as written). */
    public String getProtocolName() {
        return view().meeting().protocolNameIn(PageMessages.language());
    }

    /**
     * The built-in words of the meeting's phases in the page's language, by wording: a push carries a phase's words as
     * stored (in the language the meeting was planned in) and the wording they follow, and the page shows its own
     * language's words for it (marigold.showPhase).
     */
    public List<Phase> getWordedPhases() {
        return view().meeting().getPhases().stream().filter(phase -> phase.getWording() != null).map(phase -> phase.in(PageMessages.language()))
                .toList();
    }

    public int getPhaseNumber() {
        return view().meeting().getPhaseIndex() + 1;
    }

    public long getRemainingSeconds() {
        return view().meeting().remaining(clock.instant()).toSeconds();
    }

    /** Whether this meeting's protocol has a breakout phase, so groups can be formed. */
    public boolean isHasBreakout() {
        return view().meeting().has(org.marigold.meeting.PhaseKind.BREAKOUT);
    }

    /** Whether the page offers to join the meeting's video call now. */
    public boolean isCallOpen() {
        return view().meeting().isCallOpen(clock.instant());
    }

    /** Whether the meeting has a video call that opens later (the page says when). */
    public boolean isCallLater() {
        return view().meeting().getPlace().getCallLink() != null && !isCallOpen() && isInLobby();
    }

    public boolean isInLobby() {
        MeetingStatus status = view().meeting().getStatus();
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.OPEN;
    }

    public boolean isFirstPhase() {
        return view().meeting().getPhaseIndex() <= 0;
    }

    public boolean isLastPhase() {
        return view().meeting().getPhaseIndex() >= view().meeting().getPhases().size() - 1;
    }

    public MeetingView getView() {
        return view();
    }

    public long getPresentCount() {
        return presence.count();
    }

    /** The latest to arrive, newest first (at most {@link #NAMES_SHOWN}). */
    public List<String> getPresentNames() {
        return presence.latest();
    }

    public int getNamesShown() {
        return NAMES_SHOWN;
    }

    /** How many are here beyond the names shown. */
    public long getPresentBeyondNames() {
        return presence.count() - presence.latest().size();
    }

    public TransitionAction[] getActions() {
        return TransitionAction.values();
    }

    public QuestionType[] getQuestionTypes() {
        return QuestionType.values();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public QuestionType getQuestionType() {
        return questionType;
    }

    public void setQuestionType(QuestionType questionType) {
        this.questionType = questionType;
    }

    public Integer getWrittenIn() {
        return writtenIn;
    }

    public void setWrittenIn(Integer writtenIn) {
        this.writtenIn = writtenIn;
    }

    public Integer getMinutesToAdd() {
        return minutesToAdd;
    }

    public void setMinutesToAdd(Integer minutesToAdd) {
        this.minutesToAdd = minutesToAdd;
    }
}
