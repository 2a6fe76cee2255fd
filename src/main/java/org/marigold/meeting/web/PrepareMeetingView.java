package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.marigold.account.CurrentUser;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.library.WebLink;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.Phase;
import org.marigold.meeting.ProblemOfPractice;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;
import org.marigold.web.DisplayTime;
import org.marigold.web.PageMessages;

/**
 * Before a meeting: the presenter writes the problem of practice; facilitators adjust this meeting's copy of the
 * protocol (titles, prompts, minutes) without changing the template.
 */
@Named
@ViewScoped
public class PrepareMeetingView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    private Long meetingId;
    private MeetingView view;

    @NotBlank(message = "{problem.title.required}")
    @Size(max = ProblemOfPractice.TITLE_MAX, message = "{problem.title.tooLong}")
    private String problemTitle;

    @Size(max = ProblemOfPractice.CONTEXT_MAX, message = "{problem.context.tooLong}")
    private String problemContext;

    @Size(max = ProblemOfPractice.QUESTION_MAX, message = "{problem.question.tooLong}")
    private String framingQuestion;

    @Size(max = ProblemOfPractice.LINKS_MAX, message = "{problem.links.tooLong}")
    private String links;

    private List<org.marigold.community.Membership> members = List.of();
    private Long presenterId;
    private boolean releaseOnTimer;
    private boolean anonymousContributions;
    private List<Long> coFacilitatorIds = new ArrayList<>();

    @jakarta.inject.Inject
    org.marigold.community.CommunityService communities;

    @Inject
    ResourceListService resourceLists;

    private List<ResourceList> starterLists = List.of();
    private Long starterListId;
    private Integer groupsWarningSeconds;

    /** Editable copies of the phases, one row each. */
    private List<PhaseForm> phases = new ArrayList<>();

    public void load() {
        view = meetings.open(currentUser.requireId(), meetingId);
        if (!view.speaksForPresenter()) {
            throw new org.marigold.platform.AccessDenied("Only the presenter and the facilitators prepare this meeting.");
        }
        ProblemOfPractice problem = view.meeting().getProblem();
        if (problem != null && problem.isWritten()) {
            problemTitle = problem.getTitle();
            problemContext = problem.getContext();
            framingQuestion = problem.getFramingQuestion();
            links = String.join("\n", problem.getLinks());
        }
        if (view.facilitates()) {
            members = communities.members(currentUser.requireId(), view.meeting().getCommunity().getSlugValue());
            releaseOnTimer = view.meeting().isReleaseOnTimer();
            anonymousContributions = view.meeting().isAnonymousContributions();
            presenterId = view.meeting().getPresenter() == null ? null : view.meeting().getPresenter().getId();
            coFacilitatorIds = view.meeting().getCoFacilitators().stream().map(org.marigold.account.Account::getId)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            starterLists = resourceLists.lists(currentUser.requireId(), view.meeting().getCommunity().getSlugValue());
            starterListId = view.meeting().getStarterList() == null ? null : view.meeting().getStarterList().getId();
            groupsWarningSeconds = view.meeting().getGroupsWarningSeconds();
        }
        phases = new ArrayList<>(view.meeting().getPhases().stream().map(phase -> new PhaseForm(phase.in(PageMessages.language()))).toList());
    }

    public void saveProblem() {
        List<String> lines = links == null ? List.of()
                : Arrays.stream(links.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines) {
            if (!WebLink.isAcceptable(line)) {
                PageMessages.error("problem:links", "problem.links.invalid", line);
                return;
            }
        }
        try {
            meetings.writeProblem(currentUser.requireId(), meetingId, new ProblemOfPractice(problemTitle, problemContext, framingQuestion, lines));
            PageMessages.infoBeside("problem:saveProblem", "problem.saved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "problem");
        }
    }

    public void savePeople() {
        try {
            meetings.prepare(currentUser.requireId(), meetingId, view.meeting().getTitle(), view.meeting().getStartsAt(),
                    presenterId, new java.util.HashSet<>(coFacilitatorIds));
            meetings.releaseOnTimer(currentUser.requireId(), meetingId, releaseOnTimer);
            meetings.anonymousContributions(currentUser.requireId(), meetingId, anonymousContributions);
            PageMessages.infoBeside("people:savePeople", anonymousContributions ? "meeting.peopleSaved.anonymous" : "meeting.peopleSaved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "people");
        }
        load();
    }

    /** Chooses the library list the breakout groups start from. */
    public void saveStarters() {
        try {
            Meeting meeting = meetings.chooseStarters(currentUser.requireId(), meetingId, starterListId);
            if (meeting.getStarterList() == null) {
                PageMessages.infoBeside("starters:saveStarters", "meeting.starters.cleared");
            } else {
                PageMessages.infoBeside("starters:saveStarters", "meeting.starters.saved", meeting.getStarterList().getName());
            }
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "starters");
        }
        load();
    }

    /** How long before they close breakout groups are warned (and "close the groups" gives them). */
    public void saveGroupsWarning() {
        try {
            meetings.warnGroupsBefore(currentUser.requireId(), meetingId, groupsWarningSeconds == null ? 0 : groupsWarningSeconds);
            PageMessages.infoBeside("closing:saveWarning", "meeting.groupsWarning.saved", DisplayTime.shortly(groupsWarningSeconds));
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "closing");
        }
        load();
    }

    /** The warnings offered, in seconds; one chosen otherwise (through the API) is offered too. */
    public List<Integer> getGroupsWarnings() {
        SortedSet<Integer> offered = new TreeSet<>(List.of(30, 60, 120, 180, 300));
        offered.add(view.meeting().getGroupsWarningSeconds());
        return List.copyOf(offered);
    }

    public Integer getGroupsWarningSeconds() {
        return groupsWarningSeconds;
    }

    public void setGroupsWarningSeconds(Integer groupsWarningSeconds) {
        this.groupsWarningSeconds = groupsWarningSeconds;
    }

    public boolean isHasBreakout() {
        return view.meeting().has(org.marigold.meeting.PhaseKind.BREAKOUT);
    }

    public List<ResourceList> getStarterLists() {
        return starterLists;
    }

    public Long getStarterListId() {
        return starterListId;
    }

    public void setStarterListId(Long starterListId) {
        this.starterListId = starterListId;
    }

    /** Saves the phases that were changed; phases under way or past are left as they are. */
    public void savePhases() {
        List<Phase> current = view.meeting().getPhases();
        int saved = 0;
        try {
            for (int i = 0; i < phases.size(); i++) {
                PhaseForm row = phases.get(i);
                Phase stored = current.get(i);
                Phase was = stored.in(PageMessages.language()); // as the form showed it
                boolean reworded = !row.getTitle().strip().equals(was.getTitle())
                        || !Objects.equals(Text.orNull(row.getInstructions()), was.getInstructions());
                boolean rescripted = !Objects.equals(Text.orNull(row.getCue()), was.getCue()) || !Objects.equals(Text.orNull(row.getNorm()), was.getNorm());
                boolean retranslated = row.retranslates(stored);
                if (retranslated) {
                    meetings.translatePhase(currentUser.requireId(), meetingId, i, row.getTranslations());
                }
                if (reworded || rescripted || !row.getMinutes().equals(was.getMinutes()) || row.isMovesOn() != was.isMovesOn()) {
                    // Words left as shown stay the built-in ones, in every language: the phase is sent back its own. New words
                    // take the script as shown along (it no longer follows the bundles either).
                    Phase words = reworded ? row.toPhase() : stored;
                    Phase script = reworded || rescripted ? row.toPhase() : stored;
                    meetings.adjustPhase(currentUser.requireId(), meetingId, i, words.getTitle(), words.getInstructions(), script.getCue(),
                            script.getNorm(), row.getMinutes(), row.isMovesOn());
                    saved++;
                } else if (retranslated) {
                    saved++;
                }
            }
            PageMessages.infoBeside("phases:savePhases", "phase.savedCount", saved);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "phases");
        }
        load();
    }

    /** The languages a chat's question may be written in too (Marigold's). */
    public List<String> getLanguages() {
        return Phase.LANGUAGES;
    }

    /** Whether this phase can still change (not under way or past). */
    public boolean isEditable(int index) {
        return !view.meeting().hasStarted() || index > view.meeting().getPhaseIndex() && view.meeting().isRunning();
    }

    public List<org.marigold.community.Membership> getMembers() {
        return members;
    }

    public boolean isChat() {
        return view.meeting().getPhases().stream().anyMatch(p -> p.getKind() == org.marigold.meeting.PhaseKind.PROMPT);
    }

    public boolean isReleaseOnTimer() {
        return releaseOnTimer;
    }

    public void setReleaseOnTimer(boolean releaseOnTimer) {
        this.releaseOnTimer = releaseOnTimer;
    }

    public boolean isAnonymousContributions() {
        return anonymousContributions;
    }

    public void setAnonymousContributions(boolean anonymousContributions) {
        this.anonymousContributions = anonymousContributions;
    }

    public Long getPresenterId() {
        return presenterId;
    }

    public void setPresenterId(Long presenterId) {
        this.presenterId = presenterId;
    }

    public List<Long> getCoFacilitatorIds() {
        return coFacilitatorIds;
    }

    public void setCoFacilitatorIds(List<Long> coFacilitatorIds) {
        this.coFacilitatorIds = coFacilitatorIds;
    }

    public Meeting getMeeting() {
        return view.meeting();
    }

    public MeetingView getView() {
        return view;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getProblemTitle() {
        return problemTitle;
    }

    public void setProblemTitle(String problemTitle) {
        this.problemTitle = problemTitle;
    }

    public String getProblemContext() {
        return problemContext;
    }

    public void setProblemContext(String problemContext) {
        this.problemContext = problemContext;
    }

    public String getFramingQuestion() {
        return framingQuestion;
    }

    public void setFramingQuestion(String framingQuestion) {
        this.framingQuestion = framingQuestion;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public List<PhaseForm> getPhases() {
        return phases;
    }
}
