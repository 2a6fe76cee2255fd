package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marigold.meeting.MeetingRunTest.T0;
import static org.marigold.meeting.MeetingRunTest.at;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run sheet of our Consultancy (presentation 10 min, clarifying questions 5, recommendations 15), worked out by hand. */
class RunSheetTest {

    private final Meeting meeting = MeetingRunTest.consultancy();
    private final List<Transition> transitions = new ArrayList<>();

    private void act(TransitionAction action, int minutes, int seconds) {
        transitions.add(meeting.apply(action, meeting.seen(), action == TransitionAction.ADD_MINUTES ? 5 : 0, null, at(minutes, seconds)));
    }

    private List<RunSheet.State> states(RunSheet sheet) {
        return sheet.rows().stream().map(RunSheet.Row::state).toList();
    }

    @Test
    void beforeTheStartEveryPhaseHasItsClockTimeFromThePlannedStart() {
        RunSheet sheet = RunSheet.of(meeting, transitions, T0.minus(Duration.ofHours(1)));
        assertEquals(List.of(RunSheet.State.LATER, RunSheet.State.LATER, RunSheet.State.LATER), states(sheet));
        assertEquals(List.of(T0, at(10, 0), at(15, 0)), sheet.rows().stream().map(RunSheet.Row::startsAt).toList());
        assertEquals(at(30, 0), sheet.projectedEnd());
        assertEquals(at(30, 0), sheet.plannedEnd());
        assertEquals(0, sheet.getOverMinutes());
    }

    @Test
    void aLongClarifyingRoundShowsAsMinutesOverAndALaterEnd() {
        act(TransitionAction.START, 2, 0);              // two minutes late
        act(TransitionAction.NEXT, 11, 0);              // presentation: 9 minutes, one under
        RunSheet during = RunSheet.of(meeting, transitions, at(20, 0)); // questions for 9 minutes: 4 over
        assertEquals(List.of(RunSheet.State.DONE, RunSheet.State.NOW, RunSheet.State.LATER), states(during));
        assertEquals(List.of(at(2, 0), at(11, 0), at(20, 0)), during.rows().stream().map(RunSheet.Row::startsAt).toList(),
                "the recommendations start now, the questions' time being up");
        assertEquals(List.of(9L, 9L, 0L), during.rows().stream().map(RunSheet.Row::getSpentMinutes).toList());
        assertEquals(3, during.getOverMinutes(), "one under, then four over");
        assertEquals(at(35, 0), during.projectedEnd(), "now, and the recommendations' 15 minutes");
        assertEquals(at(32, 0), during.plannedEnd(), "from its start, the protocol's 30 minutes");

        act(TransitionAction.ADD_MINUTES, 20, 0);       // five more minutes of questions
        RunSheet extended = RunSheet.of(meeting, transitions, at(20, 0));
        assertEquals(at(36, 0), extended.projectedEnd(), "one more minute of questions left, then 15");
        assertEquals(3, extended.getOverMinutes(), "added minutes still run over the protocol's plan");
    }

    @Test
    void pausesDoNotCountAndAPhaseGoneBackToCountsBothVisits() {
        act(TransitionAction.START, 0, 0);
        act(TransitionAction.PAUSE, 4, 0);
        act(TransitionAction.RESUME, 14, 0);            // ten minutes of pause
        act(TransitionAction.NEXT, 20, 0);              // presentation: 10 minutes, on plan
        act(TransitionAction.PREVIOUS, 22, 0);          // two minutes of questions, then back
        act(TransitionAction.NEXT, 25, 0);              // three more minutes of presentation
        RunSheet sheet = RunSheet.of(meeting, transitions, at(26, 0));
        assertEquals(List.of(13L, 3L, 0L), sheet.rows().stream().map(RunSheet.Row::getSpentMinutes).toList());
        assertEquals(at(0, 0), sheet.rows().get(0).startsAt());
        assertEquals(at(25, 0), sheet.rows().get(1).startsAt(), "the questions' latest start");
        assertEquals(3, sheet.getOverMinutes());
        assertEquals(at(45, 0), sheet.projectedEnd(), "four minutes left on the questions' clock (it restarts on going back), then 15");
    }

    @Test
    void onceEndedEveryPhaseIsDoneAndTheEndIsWhenItEnded() {
        act(TransitionAction.START, 0, 0);
        act(TransitionAction.NEXT, 10, 0);
        act(TransitionAction.NEXT, 12, 0);
        act(TransitionAction.END, 20, 0);
        RunSheet sheet = RunSheet.of(meeting, transitions, at(50, 0));
        assertEquals(List.of(RunSheet.State.DONE, RunSheet.State.DONE, RunSheet.State.DONE), states(sheet));
        assertEquals(List.of(10L, 2L, 8L), sheet.rows().stream().map(RunSheet.Row::getSpentMinutes).toList());
        assertEquals(-10, sheet.getOverMinutes(), "ten minutes under");
        assertEquals(at(20, 0), sheet.projectedEnd());
    }
}
