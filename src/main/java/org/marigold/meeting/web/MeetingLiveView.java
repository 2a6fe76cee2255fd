package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.QuestionType;
import org.marigold.meeting.StaleTransition;
import org.marigold.meeting.TransitionAction;
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
    private List<Contribution> contributions = List.of();
    private List<Account> present = List.of();

    /** What the person is typing, and what it answers or replies to (null: the phase's own input). */
    private String body;
    private QuestionType questionType = QuestionType.CLARIFYING;
    private Long respondingTo;
    private Integer minutesToAdd = 5;
    private final java.util.Map<Long, Long> mergeTargets = new java.util.HashMap<>();

    public void load() {
        view = meetings.join(currentUser.requireId(), meetingId);
        joined = view.meeting().getStatus() != MeetingStatus.SCHEDULED;
        phaseSeen = view.meeting().getPhaseIndex();
        breakouts.placeLateJoiner(currentUser.requireId(), meetingId)
                .ifPresent(group -> PageMessages.info("breakout.placed", group.getName()));
        reloadLists();
    }

    /**
     * Called when a push says the meeting changed, and after each action. When the breakouts begin, a group's members
     * go to their group's page (facilitators stay at the console, from where they visit the groups). Whichever
     * refresh first sees the new phase does it, so a push that arrives late or not at all cannot keep someone in the
     * room.
     */
    public void refresh() {
        view = meetings.open(currentUser.requireId(), meetingId);
        if (!joined && view.meeting().getStatus() != MeetingStatus.SCHEDULED) {
            // Waiting on the page before the lobby opened: arriving counts once it has.
            view = meetings.join(currentUser.requireId(), meetingId);
            joined = true;
        }
        reloadLists();
        int now = view.meeting().getPhaseIndex();
        if (now == phaseSeen) {
            return;
        }
        phaseSeen = now;
        if (org.marigold.meeting.breakout.BreakoutService.inBreakout(view.meeting()) && !view.facilitates()) {
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

    private void reloadLists() {
        contributions = meetings.contributions(currentUser.requireId(), meetingId);
        present = meetings.present(currentUser.requireId(), meetingId);
    }

    // ---- Facilitator console -------------------------------------------------------------------------

    public void act(TransitionAction action) {
        int expected = view.meeting().getPhaseIndex();
        try {
            meetings.transition(currentUser.requireId(), meetingId, action, expected,
                    action == TransitionAction.ADD_MINUTES && minutesToAdd != null ? minutesToAdd : 0);
        } catch (StaleTransition stale) {
            refresh();
            PageMessages.error(null, "meeting.stale", phaseTitle(stale.currentPhase()));
            return;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "console");
        }
        refresh();
    }

    private String phaseTitle(int index) {
        List<Phase> phases = view.meeting().getPhases();
        return index < 0 || index >= phases.size() ? PageMessages.text("meeting.lobby") : phases.get(index).getTitle();
    }

    // ---- Saying things -------------------------------------------------------------------------------

    /** Sends what is typed: the phase's own contribution, a reply to a chat answer, or the presenter's answer. */
    public void say() {
        try {
            Contribution target = respondingTo == null ? null : find(respondingTo);
            if (target != null && target.getKind() == ContributionKind.QUESTION) {
                meetings.answer(currentUser.requireId(), target.getId(), body);
            } else if (target != null) {
                meetings.contribute(currentUser.requireId(), meetingId, ContributionKind.REPLY, null, body, target.getId());
            } else {
                meetings.contribute(currentUser.requireId(), meetingId, getMainContribution(), questionType, body, null);
            }
            body = null;
            respondingTo = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "composer");
        } catch (AccessDenied denied) {
            PageMessages.error("composer:body", "contribution.notAllowed");
        }
        refresh();
    }

    public void respondTo(Contribution contribution) {
        respondingTo = contribution.getId();
        body = contribution.getKind() == ContributionKind.QUESTION ? contribution.getAnswer() : null;
    }

    public void cancelResponse() {
        respondingTo = null;
        body = null;
    }

    public void vote(Contribution contribution) {
        guarded(() -> meetings.vote(currentUser.requireId(), contribution.getId()));
    }

    public void hold(Contribution question) {
        guarded(() -> meetings.holdForLater(currentUser.requireId(), question.getId()));
    }

    public void markAnswered(Contribution question) {
        guarded(() -> meetings.markAnswered(currentUser.requireId(), question.getId()));
    }

    /** Folds this question into the one chosen beside it. */
    public void merge(Contribution duplicate) {
        Long kept = mergeTargets.get(duplicate.getId());
        if (kept == null) {
            PageMessages.error(null, "contribution.chooseMergeTarget");
            return;
        }
        guarded(() -> meetings.merge(currentUser.requireId(), duplicate.getId(), kept));
    }

    /** The other questions on screen, which this one could be a duplicate of. */
    public List<Contribution> mergeCandidates(Contribution question) {
        return getShown().stream()
                .filter(c -> c.getKind() == ContributionKind.QUESTION && !c.getId().equals(question.getId()))
                .toList();
    }

    public void pick(Contribution recommendation) {
        guarded(() -> meetings.pick(currentUser.requireId(), recommendation.getId(), !recommendation.isPicked()));
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "contributions");
        } catch (NotFound | AccessDenied refused) {
            PageMessages.error(null, "contribution.notAllowed");
        }
        refresh();
    }

    private Contribution find(long id) {
        return contributions.stream().filter(c -> c.getId() == id).findFirst().orElse(null);
    }

    // ---- What the page shows -------------------------------------------------------------------------

    /**
     * What belongs on screen now: this phase's contributions, plus questions held for later in a question or
     * discussion phase, plus the recommendations while the presenter reflects. Replies show under their answer.
     */
    /** What screen readers hear when something new is said in this phase: its kind and words ("New question: ..."). */
    public String getLatestAnnouncement() {
        return getShown().stream().max(java.util.Comparator.comparing(Contribution::getId))
                .map(c -> PageMessages.text("announce." + c.getKind().name(), c.getBody())).orElse("");
    }

    public List<Contribution> getShown() {
        Phase phase = getPhase();
        if (phase == null) {
            return List.of();
        }
        int index = view.meeting().getPhaseIndex();
        Set<PhaseKind> laterQuestionsWelcome = Set.of(PhaseKind.QUESTIONS, PhaseKind.DISCUSSION);
        return contributions.stream()
                .filter(c -> !c.isMerged() && c.getKind() != ContributionKind.REPLY)
                .filter(c -> c.getPhaseIndex() == index
                        || (c.isHeld() && c.getPhaseIndex() < index && laterQuestionsWelcome.contains(phase.getKind()))
                        || (c.getKind() == ContributionKind.RECOMMENDATION && phase.getKind() == PhaseKind.REFLECTION))
                .toList();
    }

    public List<Contribution> repliesTo(Contribution answer) {
        return contributions.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(answer.getId())).toList();
    }

    /** Chat answers read A1, A2 to match Q1, Q2. */
    public String label(Contribution contribution) {
        int number = view.meeting().promptNumber(contribution.getPhaseIndex());
        return contribution.getKind() == ContributionKind.ANSWER && number > 0 ? PageMessages.text("chat.answerLabel", number) : null;
    }

    public boolean votedByMe(Contribution contribution) {
        return contribution.hasVoteFrom(currentUser.requireId());
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
        ContributionKind kind = getMainContribution();
        if (kind == null) {
            return false;
        }
        if (getPhase().getKind() == PhaseKind.BREAKOUT && !breakouts.groups(currentUser.requireId(), meetingId).isEmpty()) {
            return false; // groups write on their own pages
        }
        if (kind == ContributionKind.REFLECTION) {
            return view.speaksForPresenter();
        }
        return view.role() != org.marigold.community.Role.GUEST
                || Set.of(ContributionKind.ANSWER, ContributionKind.TAKEAWAY).contains(kind);
    }

    public Meeting getMeeting() {
        return view.meeting();
    }

    public Phase getPhase() {
        return view.meeting().currentPhase();
    }

    public int getPhaseNumber() {
        return view.meeting().getPhaseIndex() + 1;
    }

    public long getRemainingSeconds() {
        return view.meeting().remaining(clock.instant()).toSeconds();
    }

    /** Whether this meeting's protocol has a breakout phase, so groups can be formed. */
    public boolean isHasBreakout() {
        return view.meeting().has(org.marigold.meeting.PhaseKind.BREAKOUT);
    }

    public boolean isInLobby() {
        MeetingStatus status = view.meeting().getStatus();
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.OPEN;
    }

    public boolean isFirstPhase() {
        return view.meeting().getPhaseIndex() <= 0;
    }

    public boolean isLastPhase() {
        return view.meeting().getPhaseIndex() >= view.meeting().getPhases().size() - 1;
    }

    public MeetingView getView() {
        return view;
    }

    public List<Account> getPresent() {
        return present;
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

    public java.util.Map<Long, Long> getMergeTargets() {
        return mergeTargets;
    }

    public Integer getMinutesToAdd() {
        return minutesToAdd;
    }

    public void setMinutesToAdd(Integer minutesToAdd) {
        this.minutesToAdd = minutesToAdd;
    }
}
