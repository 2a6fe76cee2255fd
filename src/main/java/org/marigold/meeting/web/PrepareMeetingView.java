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
import org.marigold.account.CurrentUser;
import org.marigold.library.WebLink;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.Phase;
import org.marigold.meeting.ProblemOfPractice;
import org.marigold.platform.Rejected;
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
    private List<Long> coFacilitatorIds = new ArrayList<>();

    @jakarta.inject.Inject
    org.marigold.community.CommunityService communities;

    /** Editable copies of the phases, one row each. */
    private List<PhaseRow> phases = new ArrayList<>();

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
            presenterId = view.meeting().getPresenter() == null ? null : view.meeting().getPresenter().getId();
            coFacilitatorIds = view.meeting().getCoFacilitators().stream().map(org.marigold.account.Account::getId)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        phases = new ArrayList<>();
        List<Phase> copy = view.meeting().getPhases();
        for (int i = 0; i < copy.size(); i++) {
            phases.add(new PhaseRow(i, copy.get(i)));
        }
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
            PageMessages.info("problem.saved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "problem");
        }
    }

    public void savePeople() {
        try {
            meetings.prepare(currentUser.requireId(), meetingId, view.meeting().getTitle(), view.meeting().getStartsAt(),
                    presenterId, new java.util.HashSet<>(coFacilitatorIds));
            meetings.releaseOnTimer(currentUser.requireId(), meetingId, releaseOnTimer);
            PageMessages.info("meeting.peopleSaved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "people");
        }
        load();
    }

    public void savePhase(PhaseRow row) {
        try {
            meetings.adjustPhase(currentUser.requireId(), meetingId, row.getIndex(), row.getTitle(), row.getInstructions(), row.getMinutes());
            PageMessages.info("phase.saved", row.getTitle());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "phases");
        }
        load();
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

    public List<PhaseRow> getPhases() {
        return phases;
    }

    /** One phase as the form edits it. */
    public static class PhaseRow implements Serializable {
        private final int index;
        private final String kind;
        @NotBlank(message = "{phase.title.required}")
        @Size(max = Phase.TITLE_MAX, message = "{phase.title.tooLong}")
        private String title;
        @Size(max = Phase.INSTRUCTIONS_MAX, message = "{phase.instructions.tooLong}")
        private String instructions;
        @jakarta.validation.constraints.NotNull(message = "{phase.minutes.range}")
        @jakarta.validation.constraints.Min(value = 1, message = "{phase.minutes.range}")
        @jakarta.validation.constraints.Max(value = Phase.MINUTES_MAX, message = "{phase.minutes.range}")
        private Integer minutes;

        PhaseRow(int index, Phase phase) {
            this.index = index;
            this.kind = phase.getKind().name();
            this.title = phase.getTitle();
            this.instructions = phase.getInstructions();
            this.minutes = phase.getMinutes();
        }

        public int getIndex() {
            return index;
        }

        public String getKind() {
            return kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getInstructions() {
            return instructions;
        }

        public void setInstructions(String instructions) {
            this.instructions = instructions;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }
    }
}
