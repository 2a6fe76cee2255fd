package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Floor;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.breakout.BreakoutService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * The box on a meeting's live page (meeting/live.xhtml) where a person writes what the phase takes from them, answers a
 * question put to the presenter, or replies in a chat: whether they have one in each phase and why not, its label, and
 * sending what they typed.
 */
@Named
@ViewScoped
public class ComposerView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    BreakoutService breakouts;

    @Inject
    MeetingLiveView live;

    /** What the person is typing, and what it answers or replies to (null: the phase's own input). */
    private String body;
    /** The sort of question, or of feedback, the person says it is (each kind's own choice, so neither overwrites the other). */
    private ContributionType questionType = ContributionType.CLARIFYING;
    private ContributionType feedbackType = ContributionType.WARM;
    private Long respondingTo;
    /** The phase the person started typing in, as the page noted it (js/live/composer.mjs): a chat answer keeps its question. */
    private Integer writtenIn;

    /** Sends what is typed: the phase's own contribution, a reply to a chat answer, or the presenter's answer. */
    public void say() {
        live.reread(); // the page may show a phase its view has not re-read yet (js/live/phase.mjs): what is said goes to the phase now
        try {
            Contribution target = respondingTo == null ? null : live.contribution(respondingTo);
            if (target != null && target.getKind() == ContributionKind.QUESTION) {
                meetings.answer(currentUser.requireId(), target.getId(), body);
            } else if (target != null) {
                meetings.contribute(currentUser.requireId(), live.getMeetingId(), ContributionKind.REPLY, null, body, target.getId());
            } else if (isAnsweringEarlierQuestion()) {
                meetings.contribute(currentUser.requireId(), live.getMeetingId(), ContributionKind.ANSWER, null, body, null, writtenIn);
            } else {
                ContributionKind main = getMainContribution();
                ContributionType type = main == ContributionKind.FEEDBACK ? feedbackType : questionType;
                meetings.contribute(currentUser.requireId(), live.getMeetingId(), main, type, body, null);
            }
            body = null;
            respondingTo = null;
            writtenIn = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "composer");
        } catch (AccessDenied denied) {
            PageMessages.error("composer:body", MeetingLiveView.why(denied));
        }
        live.refresh();
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
        Meeting meeting = live.getMeeting();
        return writtenIn != null && writtenIn < meeting.getPhaseIndex() && meeting.promptNumber(writtenIn) > 0;
    }

    public boolean isPresenterSpeaks() {
        return live.getView().speaksForPresenter();
    }

    public Contribution getRespondingTo() {
        return respondingTo == null ? null : live.contribution(respondingTo);
    }

    public ContributionKind getMainContribution() {
        Phase phase = live.getPhase();
        return phase == null ? null : phase.getKind().mainContribution();
    }

    /** Whether this person can type into this phase at all. */
    public boolean isComposerShown() {
        if (!live.getMeeting().isRunning()) {
            return false;
        }
        if (getRespondingTo() != null) {
            return true;
        }
        if (live.getPhase().getKind() == PhaseKind.BREAKOUT && !breakouts.groups(currentUser.requireId(), live.getMeetingId()).isEmpty()) {
            return false; // groups write on their own pages
        }
        return mayWrite(live.getPhase());
    }

    /** Whether this person may write what the phase takes with the page's box (the service checks it again). */
    private boolean mayWrite(Phase phase) {
        ContributionKind kind = phase.getKind().mainContribution();
        return kind != null && Floor.whyNot(phase, kind, live.getView()).isEmpty();
    }

    /**
     * Why this person cannot write in the phase now ("The presenter listens during this phase"), or null: when they can,
     * when the phase takes nothing from anyone, or when they are answering a question.
     */
    public String getWhyNotWriting() {
        Phase phase = live.getPhase();
        if (!live.getMeeting().isRunning() || phase == null || getRespondingTo() != null) {
            return null;
        }
        return whyNot(phase);
    }

    private String whyNot(Phase phase) {
        ContributionKind kind = phase.getKind().mainContribution();
        return kind == null ? null : Floor.whyNot(phase, kind, live.getView()).map(PageMessages::text).orElse(null);
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
        List<Phase> phases = live.getMeeting().getPhases();
        for (int i = 0; i < phases.size(); i++) {
            if (mayWrite(phases.get(i))) {
                labels.add(new PhaseWords(i, boxLabel(i)));
            }
        }
        return labels;
    }

    /** The box's label in one of the meeting's phases: "Your answer to Q2" in a chat, "Your recommendation"… */
    private String boxLabel(int phaseIndex) {
        int question = live.getMeeting().promptNumber(phaseIndex);
        return question > 0 ? PageMessages.text("composer.answerTo", question)
                : PageMessages.text("composer." + live.getMeeting().getPhases().get(phaseIndex).getKind().mainContribution());
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
        return getMainContribution() == null ? "" : boxLabel(live.getMeeting().getPhaseIndex());
    }

    /** Why this person has no box in each phase that takes something from others (for js/live/phase.mjs too). */
    public List<PhaseWords> getSilences() {
        List<PhaseWords> silences = new ArrayList<>();
        List<Phase> phases = live.getMeeting().getPhases();
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
        return typesPossible(ContributionKind.QUESTION);
    }

    /** Whether the box offers warm or cool: the person may give feedback in one of the meeting's phases. */
    public boolean isFeedbackTypesPossible() {
        return typesPossible(ContributionKind.FEEDBACK);
    }

    private boolean typesPossible(ContributionKind kind) {
        return live.getMeeting().getPhases().stream().anyMatch(p -> p.getKind().mainContribution() == kind && mayWrite(p));
    }

    /** Whether the page holds the box at all (see {@link #getComposerLabels()}). */
    public boolean isComposerPossible() {
        return live.getMeeting().isRunning() && (getRespondingTo() != null || live.getMeeting().getPhases().stream().anyMatch(this::mayWrite));
    }

    public List<ContributionType> getQuestionTypes() {
        return ContributionType.of(ContributionKind.QUESTION);
    }

    public List<ContributionType> getFeedbackTypes() {
        return ContributionType.of(ContributionKind.FEEDBACK);
    }

    /** Every sort's name, for the page's templates of a pushed contribution. */
    public ContributionType[] getTypes() {
        return ContributionType.values();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public ContributionType getQuestionType() {
        return questionType;
    }

    public void setQuestionType(ContributionType questionType) {
        this.questionType = questionType;
    }

    public ContributionType getFeedbackType() {
        return feedbackType;
    }

    public void setFeedbackType(ContributionType feedbackType) {
        this.feedbackType = feedbackType;
    }

    public Integer getWrittenIn() {
        return writtenIn;
    }

    public void setWrittenIn(Integer writtenIn) {
        this.writtenIn = writtenIn;
    }
}
