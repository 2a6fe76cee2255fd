package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marigold.meeting.MeetingRunTest.T0;
import static org.marigold.meeting.MeetingRunTest.at;
import static org.marigold.meeting.MeetingRunTest.consultancy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** A facilitator renames, reschedules, cancels and reinstates a meeting, and changes its protocol before it starts. */
class MeetingManagementTest {

    @Test
    void aMeetingIsRenamedAndMovedButNotIntoThePast() {
        Meeting meeting = consultancy();
        meeting.reschedule("  December  ", at(60, 0), T0);
        assertEquals("December", meeting.getTitle());
        assertEquals(at(60, 0), meeting.getStartsAt());
        Rejected past = assertThrows(Rejected.class, () -> meeting.reschedule("December", at(-1, 0), T0));
        assertEquals("startsAt", past.field());
        assertEquals("meeting.inThePast", past.messageKey());
        assertEquals("title", assertThrows(Rejected.class, () -> meeting.reschedule(" ", at(60, 0), T0)).field());
        assertEquals(at(60, 0), meeting.getStartsAt(), "nothing changed");
    }

    @Test
    void aMeetingWhoseTimeHasComeKeepsItWhileOtherThingsChange() {
        Meeting meeting = consultancy(); // planned for T0
        meeting.reschedule("Renamed", T0, at(5, 0));
        assertEquals("Renamed", meeting.getTitle());
    }

    @Test
    void aCancelledMeetingSaysWhyAndPlanningItAgainForgetsTheReason() {
        Meeting meeting = consultancy();
        meeting.cancel("  Snow day  ");
        assertTrue(meeting.isCancelled());
        assertEquals("Snow day", meeting.getCancelReason());
        meeting.reinstate(at(-10, 0));
        assertEquals(MeetingStatus.SCHEDULED, meeting.getStatus());
        assertNull(meeting.getCancelReason());
    }

    @Test
    void aCancelledMeetingWhoseTimeHasPassedIsMovedBeforeItIsPlannedAgain() {
        Meeting meeting = consultancy();
        meeting.cancel(null);
        assertEquals("meeting.reinstate.past", assertThrows(Rejected.class, () -> meeting.reinstate(at(1, 0))).messageKey());
        meeting.reschedule("November", at(90, 0), at(1, 0));
        meeting.reinstate(at(1, 0));
        assertEquals(MeetingStatus.SCHEDULED, meeting.getStatus());
    }

    @Test
    void aCancelledMeetingCannotBeRun() {
        Meeting meeting = consultancy();
        meeting.cancel("Snow day");
        assertEquals("meeting.cancelled",
                assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0)).messageKey());
    }

    @Test
    void aMeetingThatHasBegunIsNeitherCancelledNorMoved() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertThrows(Rejected.class, () -> meeting.cancel("Too late"));
        assertThrows(Rejected.class, () -> meeting.reschedule("Later", at(60, 0), T0));
    }

    @Test
    void anotherProtocolReplacesThePhasesWithAFreshCopyUntilTheStart() {
        Meeting meeting = consultancy();
        meeting.adjustPhase(0, "Our own presentation", null, 20, false);
        ProtocolTemplate chat = new ProtocolTemplate(null, "Chat", null, List.of(
                new Phase(PhaseKind.PROMPT, "Q1", "What do you read aloud?", 7, Speakers.EVERYONE),
                new Phase(PhaseKind.DEBRIEF, "Closing", null, 3, Speakers.EVERYONE)), T0);
        meeting.followProtocol(chat);
        assertEquals("Chat", meeting.getProtocolName());
        assertEquals(List.of("Q1", "Closing"), meeting.getPhases().stream().map(Phase::getTitle).toList());
        assertEquals(10, meeting.getDurationMinutes());
        assertTrue(meeting.isReleaseOnTimer(), "a chat releases its questions on the timer");

        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        Rejected running = assertThrows(Rejected.class, () -> meeting.followProtocol(chat));
        assertEquals("meeting.protocol.locked", running.messageKey());
        meeting.apply(TransitionAction.END, meeting.seen(), 0, null, at(5, 0));
        assertThrows(Rejected.class, () -> meeting.followProtocol(chat));
    }

    @Test
    void theCallCanBeJoinedFromTenMinutesBeforeTheStartUntilTheEnd() {
        Meeting meeting = consultancy(); // starts at T0
        meeting.meetAt(Place.of("https://meet.example.org/circle", "Room 204"));
        assertFalse(meeting.isCallOpen(at(-11, 0)));
        assertTrue(meeting.isCallOpen(at(-10, 0)));
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertTrue(meeting.isCallOpen(at(20, 0)));
        meeting.apply(TransitionAction.END, meeting.seen(), 0, null, at(30, 0));
        assertFalse(meeting.isCallOpen(at(31, 0)));
        assertThrows(Rejected.class, () -> meeting.meetAt(Place.of(null, "Room 12")), "an ended meeting's place stays as it was");
    }

    @Test
    void aCancelledMeetingsCallCannotBeJoinedAndAMeetingWithoutOneHasNone() {
        Meeting cancelled = consultancy();
        cancelled.meetAt(Place.of("https://meet.example.org/circle", null));
        cancelled.cancel("Snow day");
        assertFalse(cancelled.isCallOpen(T0));
        assertFalse(consultancy().isCallOpen(T0));
        assertFalse(consultancy().getPlace().isSaid());
    }

    @Test
    void calendarsHearOfChangesToWhatTheyShowAndOfNothingElse() {
        Meeting meeting = consultancy();
        int planned = meeting.getCalendarRevision();
        meeting.reschedule(meeting.getTitle(), meeting.getStartsAt(), T0);
        assertEquals(planned, meeting.getCalendarRevision(), "saving the same time and title changes nothing");
        meeting.reschedule("Moved", at(60, 0), T0);
        assertEquals(planned + 1, meeting.getCalendarRevision());
        meeting.cancel("Snow day");
        meeting.reinstate(T0);
        assertEquals(planned + 3, meeting.getCalendarRevision());

        int before = meeting.getCalendarRevision();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, at(60, 0));
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(65, 0));
        meeting.apply(TransitionAction.PREVIOUS, SeenRun.atPhase(1), 0, null, at(66, 0));
        assertEquals(before, meeting.getCalendarRevision(), "stepping through phases is not a calendar change");
        meeting.apply(TransitionAction.END, SeenRun.atPhase(0), 0, null, at(80, 0));
        assertEquals(before + 1, meeting.getCalendarRevision(), "ending early changes when it took place");
    }
}
