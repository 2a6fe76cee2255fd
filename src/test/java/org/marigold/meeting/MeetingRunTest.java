package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.community.Community;
import org.marigold.community.Slug;
import org.marigold.community.Visibility;
import org.marigold.platform.Rejected;

class MeetingRunTest {

    static final Instant T0 = Instant.parse("2026-11-30T19:30:00Z");

    static Meeting consultancy() {
        return meeting(PhaseKind.QUESTIONS, "Clarifying questions", 5);
    }

    /** A meeting of a presentation, then the given phase, then recommendations. */
    static Meeting meeting(PhaseKind second, String title, int minutes) {
        Community community = new Community(new Slug("literacy"), "Literacy", null, Visibility.PRIVATE, ZoneOffset.UTC, T0);
        ProtocolTemplate template = new ProtocolTemplate(null, "Consultancy", null, List.of(
                new Phase(PhaseKind.PRESENTATION, "Problem presentation", null, 10, Speakers.PRESENTER),
                new Phase(second, title, null, minutes, Speakers.EVERYONE),
                new Phase(PhaseKind.RECOMMENDATIONS, "Recommendations", null, 15, Speakers.EVERYONE)), T0);
        return new Meeting(community, "November", T0, template, null, T0);
    }

    static Instant at(int minutes, int seconds) {
        return T0.plusSeconds(minutes * 60L + seconds);
    }

    @Test
    void aMeetingTakesItsOwnCopyOfTheProtocol() {
        Meeting meeting = consultancy();
        assertEquals(3, meeting.getPhases().size());
        assertEquals(30, meeting.getDurationMinutes());
        meeting.adjustPhase(1, "Clarifying questions", "Keep them short", 8, false);
        assertEquals(8, meeting.getPhases().get(1).getMinutes());
        assertEquals(33, meeting.getDurationMinutes());
    }

    /**
     * Gentle timing: a phase set to move on by itself does, ten seconds after its time is up (everyone sees it coming),
     * not while paused, not once a facilitator chose to stay, never from the last phase; the next phase starts afresh.
     */
    @Test
    void aPhaseThatMovesOnByItselfIsDueTenSecondsAfterItsTimeUnlessAFacilitatorStays() {
        Meeting meeting = consultancy();
        meeting.adjustPhase(0, "Problem presentation", null, 10, true);
        meeting.adjustPhase(2, "Recommendations", null, 15, true);
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertTrue(meeting.isMovingOn());
        assertFalse(meeting.isDueToMoveOn(at(10, 0)), "time is up: everyone is told first");
        assertFalse(meeting.isDueToMoveOn(at(10, 9)));
        assertTrue(meeting.isDueToMoveOn(at(10, 10)));

        meeting.apply(TransitionAction.PAUSE, meeting.seen(), 0, null, at(10, 5));
        assertFalse(meeting.isDueToMoveOn(at(12, 0)), "not while paused");
        meeting.apply(TransitionAction.RESUME, meeting.seen(), 0, null, at(12, 0));
        assertTrue(meeting.isDueToMoveOn(at(12, 5)));

        meeting.apply(TransitionAction.STAY, meeting.seen(), 0, null, at(12, 1));
        assertFalse(meeting.isMovingOn());
        assertFalse(meeting.isDueToMoveOn(at(30, 0)), "a facilitator stayed");
        assertEquals("meeting.stay.notMoving", assertThrows(Rejected.class,
                () -> meeting.apply(TransitionAction.STAY, meeting.seen(), 0, null, at(12, 2))).messageKey());

        meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, at(31, 0));
        assertFalse(meeting.isMovingOn(), "the questions were not set to move on");
        meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, at(32, 0));
        assertFalse(meeting.isMovingOn(), "the last phase never moves on");
        assertFalse(meeting.isDueToMoveOn(at(60, 0)));
    }

    static Meeting withBreakouts() {
        return meeting(PhaseKind.BREAKOUT, "Breakouts", 20);
    }

    /**
     * Breakout groups are never cut off: "close the groups" leaves them the warning's time (a minute unless chosen
     * otherwise), a paused clock running again, then the meeting moves on as a phase moving on by itself does; a
     * facilitator may keep them open; the next phase starts afresh.
     */
    @Test
    void closingTheGroupsLeavesThemTheWarningsTimeThenMovesOn() {
        Meeting meeting = withBreakouts();
        assertEquals(60, meeting.getGroupsWarningSeconds());
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertEquals("meeting.closeGroups.notBreakout", assertThrows(Rejected.class,
                () -> meeting.apply(TransitionAction.CLOSE_GROUPS, meeting.seen(), 0, null, at(1, 0))).messageKey());
        meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, at(10, 0));
        meeting.apply(TransitionAction.PAUSE, meeting.seen(), 0, null, at(12, 0));

        meeting.apply(TransitionAction.CLOSE_GROUPS, meeting.seen(), 0, null, at(15, 0));
        assertFalse(meeting.isPaused(), "closing runs the clock again");
        assertTrue(meeting.isClosingGroups());
        assertEquals(Duration.ofSeconds(60), meeting.remaining(at(15, 0)));
        assertFalse(meeting.isDueToMoveOn(at(16, 9)), "a minute, then the ten seconds everyone sees");
        assertTrue(meeting.isDueToMoveOn(at(16, 10)));
        assertEquals("meeting.closeGroups.already", assertThrows(Rejected.class,
                () -> meeting.apply(TransitionAction.CLOSE_GROUPS, meeting.seen(), 0, null, at(15, 30))).messageKey());

        meeting.apply(TransitionAction.STAY, meeting.seen(), 0, null, at(15, 30));
        assertFalse(meeting.isClosingGroups());
        assertEquals(Duration.ofMinutes(20).minusSeconds(150), meeting.remaining(at(15, 30)), "kept open: the phase's own time again"
                + " (2 min before the pause, 30 s since)");
        assertFalse(meeting.isDueToMoveOn(at(40, 0)), "kept open");

        meeting.warnGroupsBefore(120);
        meeting.apply(TransitionAction.CLOSE_GROUPS, meeting.seen(), 0, null, at(16, 0));
        assertTrue(meeting.isDueToMoveOn(at(18, 10)));
        meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, at(18, 10));
        assertFalse(meeting.isClosingGroups(), "the recommendations start afresh");
        assertEquals(Duration.ofMinutes(15), meeting.remaining(at(18, 10)));
    }

    /** Groups over their time get the whole warning; a pause holds the countdown; more minutes keep them open. */
    @Test
    void groupsOverTheirTimeGetTheWholeWarningAndAPauseHoldsIt() {
        Meeting meeting = withBreakouts();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, at(10, 0));
        meeting.apply(TransitionAction.CLOSE_GROUPS, meeting.seen(), 0, null, at(35, 0));
        assertEquals(Duration.ofSeconds(60), meeting.remaining(at(35, 0)), "five minutes over: still a minute's warning");
        meeting.apply(TransitionAction.PAUSE, meeting.seen(), 0, null, at(35, 20));
        assertEquals(Duration.ofSeconds(40), meeting.remaining(at(38, 0)), "held while paused");
        meeting.apply(TransitionAction.RESUME, meeting.seen(), 0, null, at(38, 0));
        assertEquals(Duration.ofSeconds(40), meeting.remaining(at(38, 0)));
        assertFalse(meeting.isDueToMoveOn(at(38, 49)));
        assertTrue(meeting.isDueToMoveOn(at(38, 50)));
        meeting.apply(TransitionAction.ADD_MINUTES, meeting.seen(), 5, null, at(38, 10));
        assertFalse(meeting.isClosingGroups(), "more minutes: the groups stay open");
    }

    @Test
    void groupsClosingWithLessTimeLeftThanTheWarningKeepTheirTime() {
        Meeting meeting = withBreakouts();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, meeting.seen(), 0, null, at(10, 0));
        meeting.apply(TransitionAction.CLOSE_GROUPS, meeting.seen(), 0, null, at(29, 30));
        assertEquals(Duration.ofSeconds(30), meeting.remaining(at(29, 30)));
        assertTrue(meeting.isDueToMoveOn(at(30, 10)));
        assertEquals("meeting.groupsWarning.range", assertThrows(Rejected.class, () -> meeting.warnGroupsBefore(5)).messageKey());
        assertEquals("meeting.groupsWarning.range", assertThrows(Rejected.class, () -> meeting.warnGroupsBefore(601)).messageKey());
    }

    @Test
    void aPhaseStaysInItsMeetingsCopyMovingOnOrNotWhateverItsWords() {
        Meeting meeting = consultancy();
        meeting.adjustPhase(1, "Clarifying questions", null, 5, true);
        assertTrue(meeting.getPhases().get(1).isMovesOn());
        assertTrue(meeting.getPhases().get(1).in(java.util.Locale.FRENCH).isMovesOn());
        assertTrue(meeting.getPhases().get(1).asWritten().isMovesOn());
        assertTrue(meeting.getPhases().get(1).adjusted("Questions", null, 6).isMovesOn());
        assertFalse(meeting.getPhases().get(1).movingOn(false).isMovesOn());
    }

    @Test
    void startingEntersTheFirstPhaseWithItsPlannedLength() {
        Meeting meeting = consultancy();
        Transition started = meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertEquals(-1, started.getFromPhase());
        assertEquals(0, started.getToPhase());
        assertEquals(MeetingStatus.RUNNING, meeting.getStatus());
        assertEquals(Duration.ofMinutes(10), meeting.remaining(T0));
        assertEquals(Duration.ofMinutes(7), meeting.remaining(at(3, 0)));
    }

    @Test
    void nextMovesOnePhaseAndRestartsTheClock() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(9, 0));
        assertEquals(1, meeting.getPhaseIndex());
        assertEquals(PhaseKind.QUESTIONS, meeting.currentPhase().getKind());
        assertEquals(Duration.ofMinutes(5), meeting.remaining(at(9, 0)));
    }

    @Test
    void advancingWithAStalePhaseChangesNothing() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(1, 0));
        StaleTransition stale = assertThrows(StaleTransition.class, () -> meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(1, 0)));
        assertEquals(0, stale.expectedPhase());
        assertEquals(1, stale.currentPhase());
        assertEquals(1, meeting.getPhaseIndex());
    }

    @Test
    void pausedTimeDoesNotCount() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.PAUSE, SeenRun.atPhase(0), 0, null, at(2, 0));
        assertTrue(meeting.isPaused());
        assertEquals(Duration.ofMinutes(8), meeting.remaining(at(6, 0)), "the clock stands still while paused");
        meeting.apply(TransitionAction.RESUME, SeenRun.atPhase(0), 0, null, at(6, 0));
        assertEquals(Duration.ofMinutes(7), meeting.remaining(at(7, 0)));
    }

    @Test
    void addedMinutesExtendTheCurrentPhaseOnly() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.ADD_MINUTES, meeting.seen(), 3, null, at(9, 0));
        assertEquals(Duration.ofMinutes(4), meeting.remaining(at(9, 0)));
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(12, 0));
        assertEquals(Duration.ofMinutes(5), meeting.remaining(at(12, 0)));
        assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.ADD_MINUTES, meeting.seen(), 0, null, at(12, 0)));
        assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.ADD_MINUTES, meeting.seen(), 61, null, at(12, 0)));
    }

    @Test
    void overrunIsShownAsNegativeTimeNotHidden() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertEquals(Duration.ofSeconds(-75), meeting.remaining(at(11, 15)));
    }

    @Test
    void previousGoesBackWithAFreshClock() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(10, 0));
        meeting.apply(TransitionAction.PREVIOUS, SeenRun.atPhase(1), 0, null, at(11, 0));
        assertEquals(0, meeting.getPhaseIndex());
        assertEquals(Duration.ofMinutes(10), meeting.remaining(at(11, 0)));
        assertEquals("meeting.firstPhase",
                assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.PREVIOUS, SeenRun.atPhase(0), 0, null, at(11, 0))).messageKey());
    }

    @Test
    void theLastPhaseEndsWithEndNotNext() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(10, 0));
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(1), 0, null, at(15, 0));
        assertEquals("meeting.lastPhase",
                assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(2), 0, null, at(30, 0))).messageKey());
        meeting.apply(TransitionAction.END, SeenRun.atPhase(2), 0, null, at(31, 0));
        assertEquals(MeetingStatus.ENDED, meeting.getStatus());
        assertEquals(at(31, 0), meeting.getEndedAt());
    }

    @Test
    void nothingMovesAnEndedMeeting() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.END, SeenRun.atPhase(0), 0, null, at(5, 0));
        for (TransitionAction action : List.of(TransitionAction.NEXT, TransitionAction.PAUSE, TransitionAction.END, TransitionAction.START)) {
            assertThrows(Rejected.class, () -> meeting.apply(action, SeenRun.atPhase(0), 1, null, at(6, 0)), action.name());
        }
        assertEquals(Duration.ofMinutes(5), meeting.remaining(at(50, 0)), "the clock stopped when the meeting ended");
    }

    @Test
    void actionsBeforeTheStartAreRefused() {
        Meeting meeting = consultancy();
        assertEquals("meeting.notRunning",
                assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(-1), 0, null, T0)).messageKey());
        meeting.apply(TransitionAction.OPEN, SeenRun.atPhase(-1), 0, null, T0);
        assertEquals(MeetingStatus.OPEN, meeting.getStatus());
        assertNull(meeting.currentPhase());
        assertEquals("meeting.alreadyOpen",
                assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.OPEN, SeenRun.atPhase(-1), 0, null, T0)).messageKey());
    }

    @Test
    void minutesAddedTwiceOnTheSameSightAreAddedOnce() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        SeenRun bothSaw = meeting.seen();
        meeting.apply(TransitionAction.ADD_MINUTES, bothSaw, 5, null, at(1, 0));
        StaleTransition stale = assertThrows(StaleTransition.class,
                () -> meeting.apply(TransitionAction.ADD_MINUTES, bothSaw, 5, null, at(1, 0)));
        assertTrue(stale.sameByPhase());
        assertEquals(15, stale.plannedMinutes());
        assertEquals(Duration.ofMinutes(14), meeting.remaining(at(1, 0)));
    }

    @Test
    void steppingBackFromAPhaseNoLongerShownIsStale() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(1, 0));
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(1), 0, null, at(2, 0));
        SeenRun bothSaw = meeting.seen();
        meeting.apply(TransitionAction.PREVIOUS, bothSaw, 0, null, at(3, 0));
        assertThrows(StaleTransition.class, () -> meeting.apply(TransitionAction.PREVIOUS, bothSaw, 0, null, at(3, 0)));
        assertEquals(1, meeting.getPhaseIndex());
    }

    @Test
    void pausingTwiceOrResumingUnpausedIsRefusedPolitely() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.RESUME, SeenRun.atPhase(0), 0, null, T0));
        meeting.apply(TransitionAction.PAUSE, SeenRun.atPhase(0), 0, null, T0);
        assertEquals("meeting.alreadyPaused",
                assertThrows(Rejected.class, () -> meeting.apply(TransitionAction.PAUSE, SeenRun.atPhase(0), 0, null, T0)).messageKey());
    }

    @Test
    void theProblemOfPracticeIsLockedOnceTheMeetingStarts() {
        Meeting meeting = consultancy();
        meeting.writeProblem(new ProblemOfPractice("Reading stamina", "Grade 3", "How do I build stamina?", List.of()));
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertThrows(Rejected.class, () -> meeting.writeProblem(new ProblemOfPractice("Changed", null, null, List.of())));
        assertEquals("Reading stamina", meeting.getProblem().getTitle());
    }

    @Test
    void phasesUnderWayOrPastCannotBeAdjustedButLaterOnesCan() {
        Meeting meeting = consultancy();
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertThrows(Rejected.class, () -> meeting.adjustPhase(0, "Presentation", null, 20, false));
        meeting.adjustPhase(2, "Recommendations", "Two per group", 10, false);
        assertEquals("Two per group", meeting.getPhases().get(2).getInstructions());
    }

    @Test
    void chatPromptsAreNumberedAmongPromptsOnly() {
        Community community = new Community(new Slug("chat"), "Chat", null, Visibility.LISTED, ZoneOffset.UTC, T0);
        ProtocolTemplate chat = new ProtocolTemplate(null, "Chat", null, List.of(
                new Phase(PhaseKind.DISCUSSION, "Welcome", null, 5, Speakers.EVERYONE),
                new Phase(PhaseKind.PROMPT, "Q1", null, 7, Speakers.EVERYONE),
                new Phase(PhaseKind.PROMPT, "Q2", null, 7, Speakers.EVERYONE),
                new Phase(PhaseKind.DEBRIEF, "Closing", null, 4, Speakers.EVERYONE)), T0);
        Meeting meeting = new Meeting(community, "Chat", T0, chat, null, T0);
        assertEquals(0, meeting.promptNumber(0));
        assertEquals(1, meeting.promptNumber(1));
        assertEquals(2, meeting.promptNumber(2));
        assertEquals(0, meeting.promptNumber(3));
        assertFalse(PhaseKind.PRESENTATION.accepts(ContributionKind.QUESTION));
        assertTrue(PhaseKind.PROMPT.accepts(ContributionKind.ANSWER));
    }

    @Test
    void aChatQuestionIsReleasedOnTheTimerOnlyWhenItsTimeIsUp() {
        Community community = new Community(new Slug("chat"), "Chat", null, Visibility.LISTED, ZoneOffset.UTC, T0);
        ProtocolTemplate chat = new ProtocolTemplate(null, "Chat", null, List.of(
                new Phase(PhaseKind.PROMPT, "Q1", null, 7, Speakers.EVERYONE),
                new Phase(PhaseKind.PROMPT, "Q2", null, 7, Speakers.EVERYONE)), T0);
        Meeting meeting = new Meeting(community, "Chat", T0, chat, null, T0);
        assertTrue(meeting.isReleaseOnTimer(), "chats release on the timer unless the moderator turns it off");
        assertFalse(meeting.isDueForRelease(T0), "not before it starts");
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertFalse(meeting.isDueForRelease(at(6, 59)));
        assertTrue(meeting.isDueForRelease(at(7, 0)));
        meeting.apply(TransitionAction.PAUSE, SeenRun.atPhase(0), 0, null, at(7, 0));
        assertFalse(meeting.isDueForRelease(at(9, 0)), "not while paused");
        meeting.apply(TransitionAction.RESUME, SeenRun.atPhase(0), 0, null, at(9, 0));
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, at(9, 0));
        assertFalse(meeting.isDueForRelease(at(30, 0)), "the last question is ended by the moderator");
        meeting.releaseOnTimer(false);
        assertFalse(consultancy().isReleaseOnTimer(), "a consultancy is stepped by hand");
    }

    private static org.marigold.account.Account person(String name) {
        return new org.marigold.account.Account(name.toLowerCase() + "@example.org", name, "hash", ZoneOffset.UTC, java.util.Locale.ENGLISH, T0);
    }

    @Test
    void aMemberVolunteersToPresentOnlyWhileNobodyPresentsAndTheMeetingHasNotBegun() {
        Meeting meeting = consultancy();
        var maya = person("Maya");
        meeting.volunteer(maya);
        assertEquals(maya, meeting.getPresenter());
        meeting.volunteer(maya);
        assertEquals(maya, meeting.getPresenter(), "volunteering twice changes nothing");
        Rejected taken = assertThrows(Rejected.class, () -> meeting.volunteer(person("Sam")));
        assertEquals("presenter.taken", taken.messageKey());
        assertEquals("Maya", taken.arguments()[0], "the second volunteer is told who presents");

        Meeting started = consultancy();
        started.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        assertEquals("meeting.alreadyStarted", assertThrows(Rejected.class, () -> started.volunteer(maya)).messageKey());
    }

    @Test
    void thePresenterTellsWhatTheyTriedOnlyOnceTheMeetingHasEnded() {
        Meeting meeting = consultancy();
        assertEquals("followUp.notEnded", assertThrows(Rejected.class, () -> meeting.tellWhatWasTried("Too soon", T0)).messageKey());
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        meeting.apply(TransitionAction.END, SeenRun.atPhase(0), 0, null, at(10, 0));
        meeting.tellWhatWasTried("  Sticky-note questions  ", at(60 * 24, 0));
        assertEquals("Sticky-note questions", meeting.getFollowUp());
        assertEquals(at(60 * 24, 0), meeting.getFollowUpAt());
        assertEquals("followUp.tooLong", assertThrows(Rejected.class,
                () -> meeting.tellWhatWasTried("x".repeat(Meeting.FOLLOW_UP_MAX + 1), T0)).messageKey());
        assertEquals("Sticky-note questions", meeting.getFollowUp(), "a refused text leaves the told one");
        meeting.tellWhatWasTried("   ", at(60 * 25, 0));
        assertNull(meeting.getFollowUp(), "blank takes it back");
    }

    @Test
    void minutesPresentRunFromArrivalOrTheStartToTheEndUnlessAFacilitatorCorrectedThem() {
        Attendance early = new Attendance(1L, 1L, T0.minusSeconds(600));
        Attendance late = new Attendance(1L, 2L, at(12, 30));
        assertEquals(0, early.minutesPresent(null, null, at(5, 0)), "nothing before the start");
        assertEquals(45, early.minutesPresent(T0, at(45, 0), at(90, 0)), "arriving early counts from the start");
        assertEquals(32, late.minutesPresent(T0, at(45, 0), at(90, 0)));
        assertEquals(20, late.minutesPresent(T0, null, at(32, 40)), "while it runs: until now");
        late.correct(20, 45, 9L, at(50, 0));
        assertEquals(20, late.minutesPresent(T0, at(45, 0), at(90, 0)));
        assertTrue(late.isCorrected());
        assertEquals("attendance.minutes.negative", assertThrows(Rejected.class, () -> late.correct(-1, 45, 9L, T0)).messageKey());
        assertEquals("attendance.minutes.tooMany", assertThrows(Rejected.class, () -> late.correct(46, 45, 9L, T0)).messageKey());
        assertEquals(20, late.minutesPresent(T0, at(45, 0), at(90, 0)), "a refused correction leaves the last one");
    }
}
