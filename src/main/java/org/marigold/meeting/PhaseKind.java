package org.marigold.meeting;

import java.util.Set;

/** What happens in a phase, which decides what participants can contribute while it runs. */
public enum PhaseKind {
    PRESENTATION(Set.of()),
    QUESTIONS(Set.of(ContributionKind.QUESTION)),
    BREAKOUT(Set.of(ContributionKind.NOTE)),
    RECOMMENDATIONS(Set.of(ContributionKind.RECOMMENDATION)),
    REFLECTION(Set.of(ContributionKind.REFLECTION)),
    /** The presenter restates the focus question, the questions heard (the published Consultancy asks for it). */
    RESTATEMENT(Set.of(ContributionKind.RESTATEMENT)),
    DISCUSSION(Set.of(ContributionKind.NOTE)),
    PROMPT(Set.of(ContributionKind.ANSWER)),
    DEBRIEF(Set.of(ContributionKind.TAKEAWAY)),
    /** Warm and cool feedback on the presenter's work, kept apart (the Tuning protocol), while the presenter listens. */
    FEEDBACK(Set.of(ContributionKind.FEEDBACK));

    private final Set<ContributionKind> accepts;

    PhaseKind(Set<ContributionKind> accepts) {
        this.accepts = accepts;
    }

    /** Whether the phase takes this kind; nothing (a box sent in a phase that takes nothing) is never taken. */
    public boolean accepts(ContributionKind kind) {
        return kind != null && accepts.contains(kind);
    }

    /** The contribution a participant makes with the phase's main input, if any. */
    public ContributionKind mainContribution() {
        return accepts.stream().findFirst().orElse(null);
    }
}
