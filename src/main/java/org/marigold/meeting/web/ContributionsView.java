package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.breakout.GroupWorkService;
import org.marigold.meeting.push.Push;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * What is said on a meeting's live page (meeting/live.xhtml): the phase's list (its latest, or all of it), a chat's
 * earlier questions and their answers, and what a person does to a contribution (like it, answer it, hold it for later,
 * merge it, pick it).
 */
@Named
@ViewScoped
public class ContributionsView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    MeetingLiveView live;

    @Inject
    ComposerView composer;

    @Inject
    GroupWorkService work;

    /**
     * How many of the phase's contributions a page shows, the latest, until the person asks for all: a big meeting says
     * hundreds of things in a phase, and a phone on a poor connection would otherwise receive them all again with
     * every update (and the server render them once per person).
     */
    static final int LATEST_SHOWN = 40;
    /** The phase whose every contribution the person asked to see; any other phase starts with its latest. */
    private Integer showingAllOf;

    /** The phase whose recommendations the person asked to see with the most +1s first. */
    private Integer sortedByVotesIn;

    /** The earlier chat question whose answers the person opened. */
    private Integer openThread;

    /**
     * A button on a contribution: the list's rows are plain HTML, each button naming its action and contribution
     * ({@code act}, {@code id}, and for a merge {@code into}), sent by the page's one remote command for them. A row
     * costs nothing to rebuild then, and a row the page added from a push works like one the server rendered.
     */
    public void actOnContribution() {
        Map<String, String> sent = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Contribution contribution = live.contribution(number(sent.get("id")));
        if (contribution == null) {
            PageMessages.error(null, "contribution.gone");
            live.refresh();
            return;
        }
        switch (String.valueOf(sent.get("act"))) {
            case "vote" -> vote(contribution);
            case "respond" -> composer.respondTo(contribution);
            case "hold" -> hold(contribution);
            case "answered" -> markAnswered(contribution);
            case "bringBack" -> bringBack(contribution);
            case "merge" -> merge(contribution, number(sent.get("into")));
            case "pick" -> pick(contribution);
            case "retag" -> retag(contribution, sent.get("to"));
            default -> {
                PageMessages.error(null, "contribution.notAllowed");
                live.refresh();
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
        Meeting meeting = live.getMeeting();
        if (!meeting.isRunning() || !meeting.has(PhaseKind.PROMPT)) {
            return List.of();
        }
        List<EarlierQuestion> questions = new ArrayList<>();
        for (int i = 0; i < meeting.getPhases().size(); i++) {
            int number = meeting.promptNumber(i);
            if (number > 0) {
                Phase phase = meeting.getPhases().get(i).shownIn(PageMessages.language());
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
        live.reread();
        openThread = openThread != null && openThread == phase ? null : phase;
    }

    private boolean isThreadOpen() {
        return openThread != null && openThread < live.getMeeting().getPhaseIndex() && live.getMeeting().promptNumber(openThread) > 0;
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
        int phaseBefore = live.phaseSeen();
        long readAt = Push.micros(clock.instant()); // before the vote reads the count, as the list's reading says
        Contribution[] counted = {null};
        guarded(() -> counted[0] = meetings.vote(currentUser.requireId(), contribution.getId()));
        if (counted[0] != null && live.phaseSeen() == phaseBefore) {
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
        if (!live.isFacilitating() || !live.getMeeting().isRunning()) {
            return List.of();
        }
        return (List<Contribution>) MeetingLiveView.thisRequest().computeIfAbsent(MeetingLiveView.class.getName() + ".held",
                key -> meetings.heldForLater(currentUser.requireId(), live.getMeetingId()));
    }

    /** Folds this question into the one chosen beside it. */
    public void merge(Contribution duplicate, long kept) {
        if (kept < 0) {
            PageMessages.error(null, "contribution.chooseMergeTarget");
            return;
        }
        guarded(() -> meetings.merge(currentUser.requireId(), duplicate.getId(), kept));
    }

    /** A facilitator turns a question from clarifying to probing, or back ({@code to}: the kind's name). */
    public void retag(Contribution question, String to) {
        ContributionType type = Arrays.stream(ContributionType.values()).filter(t -> t.name().equals(to)).findFirst().orElse(null);
        if (type == null) {
            PageMessages.error(null, "contribution.notAllowed");
            live.refresh();
            return;
        }
        guarded(() -> meetings.retag(currentUser.requireId(), question.getId(), type));
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
            PageMessages.error(null, MeetingLiveView.why(denied));
        } catch (NotFound gone) {
            PageMessages.error(null, "contribution.notAllowed");
        }
        live.refresh();
    }

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
                         Map<Long, ContributionType> retagTo, Map<Long, String> retagNotes, long readAt, List<Contribution> thread,
                         Map<Long, String> groups) {
    }

    /*
     * What is shown of the contributions is read for one request and kept in it, never in the view: every open page
     * keeping it would hold the meeting's contributions once per person (docs/benchmarks.md). Each re-render reads
     * them again anyway, and only what it shows (MeetingService.onScreen), however long the meeting.
     */
    private static final String SHOWN = MeetingLiveView.class.getName() + ".shown";

    private Shown shown() {
        Shown worked = (Shown) MeetingLiveView.thisRequest().get(SHOWN);
        if (worked == null) {
            worked = workOutShown();
            MeetingLiveView.thisRequest().put(SHOWN, worked);
        }
        return worked;
    }

    /**
     * What belongs on screen now: this phase's latest contributions (or all of them, when the person asked), plus
     * questions held for later in a question or discussion phase, plus the recommendations while the presenter
     * reflects. Replies show under their answer.
     */
    private Shown workOutShown() {
        if (live.getPhase() == null) {
            return new Shown(List.of(), 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, List.of(), Map.of());
        }
        long readAt = Push.micros(clock.instant()); // before reading: a like pushed later than this may be missing
        MeetingService.OnScreen read = meetings.onScreen(currentUser.requireId(), live.getMeetingId(), isShowingAll() ? null : LATEST_SHOWN);
        List<Contribution> onScreen = isSortedByVotes() ? mostSupportedFirst(read.said()) : read.said();
        int beyondLatest = (int) Math.max(0, read.saidInPhase() - LATEST_SHOWN);
        long me = currentUser.requireId();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Boolean> voted = new HashMap<>();
        MeetingService.OnScreen thread = isThreadOpen()
                ? meetings.thread(me, live.getMeetingId(), openThread) : new MeetingService.OnScreen(List.of(), 0, Map.of());
        Map<Long, List<Contribution>> replies = new HashMap<>(read.replies());
        replies.putAll(thread.replies());
        List<Contribution> withReplies = new ArrayList<>(onScreen);
        withReplies.addAll(thread.said());
        replies.values().forEach(withReplies::addAll);
        for (Contribution c : withReplies) {
            int number = live.getMeeting().promptNumber(c.getPhaseIndex());
            if (c.getKind() == ContributionKind.ANSWER && number > 0) {
                labels.put(c.getId(), PageMessages.text("chat.answerLabel", number)); // chat answers read A1, A2 to match Q1, Q2
            }
            voted.put(c.getId(), c.hasVoteFrom(me));
        }
        Map<Long, List<Contribution>> mergeChoices = new HashMap<>();
        Map<Long, ContributionType> retagTo = new HashMap<>();
        Map<Long, String> retagNotes = new HashMap<>();
        List<Contribution> questions = onScreen.stream().filter(c -> c.getKind() == ContributionKind.QUESTION).toList();
        boolean askingNow = live.getPhase().getKind() == PhaseKind.QUESTIONS;
        for (Contribution question : questions) {
            if (live.isFacilitating()) {
                mergeChoices.put(question.getId(), questions.stream().filter(c -> !c.getId().equals(question.getId())).toList());
                if (askingNow) {
                    retagTo.put(question.getId(), question.getType() == ContributionType.PROBING ? ContributionType.CLARIFYING : ContributionType.PROBING);
                }
            }
            Account retagger = question.getRetaggedBy();
            if (retagger != null && question.getAuthor() != null && question.getAuthor().getId() == me && retagger.getId() != me) {
                retagNotes.put(question.getId(), PageMessages.text("question.retagged." + question.getType(), retagger.getDisplayName()));
            }
        }
        Map<Long, String> groups = live.getMeeting().has(PhaseKind.BREAKOUT) && isSortable()
                ? work.creditedGroups(me, live.getMeetingId()) : Map.of();
        return new Shown(onScreen, beyondLatest, replies, labels, voted, mergeChoices, retagTo, retagNotes, readAt, thread.said(), groups);
    }

    /** The recommendations with the most +1s first (the first said first among equals), after whatever else is shown. */
    private static List<Contribution> mostSupportedFirst(List<Contribution> said) {
        return said.stream().sorted(Comparator.comparing((Contribution c) -> c.getKind() == ContributionKind.RECOMMENDATION ? c.getVotes() : Integer.MAX_VALUE)
                .reversed()).toList();
    }

    /** Whether the phase shows recommendations the person may sort by their +1s (while they are made, and reflected on). */
    public boolean isSortable() {
        PhaseKind kind = live.getPhase() == null ? null : live.getPhase().getKind();
        return kind == PhaseKind.RECOMMENDATIONS || kind == PhaseKind.REFLECTION;
    }

    /** Whether the person sees this phase's recommendations with the most +1s first. */
    public boolean isSortedByVotes() {
        return sortedByVotesIn != null && sortedByVotesIn == live.getMeeting().getPhaseIndex() && isSortable();
    }

    /** Sorts the recommendations by their +1s now (all of them shown), or shows them again in the order said. */
    public void sortByVotes(boolean byVotes) {
        live.reread();
        sortedByVotesIn = byVotes ? live.getMeeting().getPhaseIndex() : null;
        showingAllOf = byVotes ? live.getMeeting().getPhaseIndex() : null;
    }

    /** The group a recommendation made from a group's note is credited to, by the recommendation's id. */
    public Map<Long, String> getCreditedGroups() {
        return shown().groups();
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
        if (live.getMeeting().getStatus() == MeetingStatus.ENDED) {
            return List.of();
        }
        return inputKinds().filter(kind -> !(kind == ContributionKind.QUESTION && live.isFacilitating())).toList();
    }

    /** What the meeting's phases take with their box, each once. */
    private java.util.stream.Stream<ContributionKind> inputKinds() {
        return live.getMeeting().getPhases().stream().map(phase -> phase.getKind().mainContribution()).filter(java.util.Objects::nonNull)
                .distinct();
    }

    /** Whether a reply pushed to the page is added under its answer (chats). */
    public boolean isRepliesAppendable() {
        return live.getMeeting().getStatus() != MeetingStatus.ENDED && live.getMeeting().has(PhaseKind.PROMPT);
    }

    public String getShowLatestLabel() {
        return PageMessages.text("contribution.showLatest", LATEST_SHOWN);
    }

    /**
     * Whether the whole of the phase now is shown. A page may have moved on to the next phase from its push alone
     * (js/live/phase.mjs), with its list back to the latest, without telling the server; so this is tied to the phase.
     */
    private boolean isShowingAll() {
        return showingAllOf != null && showingAllOf == live.getMeeting().getPhaseIndex();
    }

    /** Shows the whole of this phase's contributions, or again only the latest. */
    public void showAll(boolean all) {
        live.reread();
        showingAllOf = all ? live.getMeeting().getPhaseIndex() : null;
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

    /** For facilitators in a questions phase: the kind each question on screen may be turned into, by its id. */
    public Map<Long, ContributionType> getRetagTo() {
        return shown().retagTo();
    }

    /** For the person who asked: who turned their question into another kind, and why that kind, by its id. */
    public Map<Long, String> getRetagNotes() {
        return shown().retagNotes();
    }

    /** The sorts' names (clarifying, probing, warm, cool) in the page's language. */
    public Map<ContributionType, String> getTypeNames() {
        Map<ContributionType, String> names = new java.util.EnumMap<>(ContributionType.class);
        for (ContributionType type : ContributionType.values()) {
            names.put(type, PageMessages.text("type." + type));
        }
        return names;
    }
}
