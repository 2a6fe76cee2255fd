package org.marigold.meeting;

import java.util.Optional;
import java.util.Set;
import org.marigold.community.Role;

/**
 * Who may say what in a phase. The phase's kind says what it takes; its {@link Speakers} who has the floor (the
 * presenter listens while the group discusses); the person's part in the meeting what they may say (the presenter is
 * asked and recommended to, and reflects; guests take part in chats and takeaways). The live page offers a box only
 * where this allows one and says why where it does not; the service refuses the rest with the same reason.
 */
public final class Floor {

    /**
     * What guests may say: they take part in chats, discussions (a chat's introductions are one) and debriefs; the work
     * of a consultancy (questions for the presenter, breakout notes, recommendations) is for members.
     */
    private static final Set<ContributionKind> GUEST_MAY = Set.of(ContributionKind.ANSWER, ContributionKind.REPLY, ContributionKind.TAKEAWAY);

    /** What only the presenter says (or a facilitator for them). */
    private static final Set<ContributionKind> BY_THE_PRESENTER = Set.of(ContributionKind.REFLECTION, ContributionKind.RESTATEMENT);

    /** What is said to the presenter, never by them. */
    private static final Set<ContributionKind> FOR_THE_PRESENTER = Set.of(ContributionKind.QUESTION, ContributionKind.RECOMMENDATION, ContributionKind.FEEDBACK);

    private Floor() {
    }

    /**
     * Why this person may not say this kind of thing in this phase, as a message key ({@code floor.…}); empty when they
     * may. Whether the phase takes the kind at all is the phase kind's to say ({@link PhaseKind#accepts}).
     */
    public static Optional<String> whyNot(Phase phase, ContributionKind kind, MeetingView who) {
        Optional<String> floor = whoHasTheFloor(phase, who);
        if (floor.isPresent()) {
            return floor;
        }
        if (who.presents() && FOR_THE_PRESENTER.contains(kind)) {
            return Optional.of("floor.presenter." + kind);
        }
        if (BY_THE_PRESENTER.contains(kind) && !who.speaksForPresenter()) {
            return Optional.of("floor.presenterSpeaks");
        }
        boolean joinsTheTalk = kind == ContributionKind.NOTE && phase.getKind() == PhaseKind.DISCUSSION; // introductions too
        if (who.role() == Role.GUEST && !who.facilitates() && !GUEST_MAY.contains(kind) && !joinsTheTalk) {
            return Optional.of("floor.guests");
        }
        return Optional.empty();
    }

    /** Why this person may not answer a question now: the presenter does not, while they listen. */
    public static Optional<String> whyNotAnswer(Phase phase, MeetingView who) {
        return phase == null ? Optional.empty() : whoHasTheFloor(phase, who);
    }

    private static Optional<String> whoHasTheFloor(Phase phase, MeetingView who) {
        return switch (phase.getSpeakers()) {
            case EVERYONE -> Optional.empty();
            case PRESENTER -> who.speaksForPresenter() ? Optional.empty() : Optional.of("floor.presenterSpeaks");
            case GROUP -> who.presents() ? Optional.of("floor.presenterListens") : Optional.empty();
            case FACILITATOR -> who.facilitates() ? Optional.empty() : Optional.of("floor.facilitatorsSpeak");
        };
    }
}
