package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marigold.community.Role;

/** Who may say what in which phase, in which part: the rules the live page's boxes and the service follow. */
class FloorTest {

    static final MeetingView PRESENTER = new MeetingView(null, Role.MEMBER, false, true);
    static final MeetingView MEMBER = new MeetingView(null, Role.MEMBER, false, false);
    static final MeetingView FACILITATOR = new MeetingView(null, Role.FACILITATOR, true, false);
    static final MeetingView GUEST = new MeetingView(null, Role.GUEST, false, false);

    static Phase phase(PhaseKind kind, Speakers speakers) {
        return new Phase(kind, kind.name(), null, 5, speakers);
    }

    static Optional<String> whyNot(PhaseKind kind, Speakers speakers, MeetingView who) {
        return Floor.whyNot(phase(kind, speakers), kind.mainContribution(), who);
    }

    @Test
    void thePresenterAsksNoQuestionsAndMakesNoRecommendations() {
        assertEquals(Optional.of("floor.presenter.QUESTION"), whyNot(PhaseKind.QUESTIONS, Speakers.EVERYONE, PRESENTER));
        assertEquals(Optional.of("floor.presenter.RECOMMENDATION"), whyNot(PhaseKind.RECOMMENDATIONS, Speakers.EVERYONE, PRESENTER));
        assertEquals(Optional.empty(), whyNot(PhaseKind.QUESTIONS, Speakers.EVERYONE, MEMBER));
        assertEquals(Optional.empty(), whyNot(PhaseKind.RECOMMENDATIONS, Speakers.EVERYONE, FACILITATOR));
    }

    @Test
    void thePresenterListensWhileTheGroupDiscusses() {
        assertEquals(Optional.of("floor.presenterListens"), whyNot(PhaseKind.DISCUSSION, Speakers.GROUP, PRESENTER));
        assertEquals(Optional.of("floor.presenterListens"), Floor.whyNotAnswer(phase(PhaseKind.DISCUSSION, Speakers.GROUP), PRESENTER),
                "nor answers held questions then");
        assertEquals(Optional.empty(), whyNot(PhaseKind.DISCUSSION, Speakers.GROUP, MEMBER));
        assertEquals(Optional.empty(), whyNot(PhaseKind.DISCUSSION, Speakers.EVERYONE, PRESENTER), "a discussion everyone speaks in");
        assertEquals(Optional.empty(), Floor.whyNotAnswer(phase(PhaseKind.QUESTIONS, Speakers.EVERYONE), PRESENTER));
    }

    @Test
    void whenThePresenterHasTheFloorOthersListenAndOnlyTheyOrAFacilitatorForThemReflect() {
        assertEquals(Optional.empty(), whyNot(PhaseKind.REFLECTION, Speakers.PRESENTER, PRESENTER));
        assertEquals(Optional.empty(), whyNot(PhaseKind.REFLECTION, Speakers.PRESENTER, FACILITATOR), "for an absent presenter");
        assertEquals(Optional.of("floor.presenterSpeaks"), whyNot(PhaseKind.REFLECTION, Speakers.PRESENTER, MEMBER));
        assertEquals(Optional.of("floor.presenterSpeaks"), whyNot(PhaseKind.REFLECTION, Speakers.EVERYONE, MEMBER),
                "a reflection is the presenter's whoever the phase gives the floor to");
        assertEquals(Optional.of("floor.presenterSpeaks"), whyNot(PhaseKind.DEBRIEF, Speakers.PRESENTER, MEMBER));
    }

    @Test
    void aPhaseForFacilitatorsTakesOnlyTheirWords() {
        assertEquals(Optional.of("floor.facilitatorsSpeak"), whyNot(PhaseKind.DEBRIEF, Speakers.FACILITATOR, MEMBER));
        assertEquals(Optional.of("floor.facilitatorsSpeak"), whyNot(PhaseKind.DEBRIEF, Speakers.FACILITATOR, PRESENTER));
        assertEquals(Optional.empty(), whyNot(PhaseKind.DEBRIEF, Speakers.FACILITATOR, FACILITATOR));
    }

    @Test
    void guestsTakePartInChatsAndTakeawaysNotInConsultancyWork() {
        assertEquals(Optional.empty(), whyNot(PhaseKind.PROMPT, Speakers.EVERYONE, GUEST));
        assertEquals(Optional.empty(), Floor.whyNot(phase(PhaseKind.PROMPT, Speakers.EVERYONE), ContributionKind.REPLY, GUEST));
        assertEquals(Optional.empty(), whyNot(PhaseKind.DEBRIEF, Speakers.EVERYONE, GUEST));
        assertEquals(Optional.of("floor.guests"), whyNot(PhaseKind.QUESTIONS, Speakers.EVERYONE, GUEST));
        assertEquals(Optional.of("floor.guests"), whyNot(PhaseKind.RECOMMENDATIONS, Speakers.EVERYONE, GUEST));
    }
}
