package org.marigold.meeting;

/** What a facilitator can do to a meeting's run. */
public enum TransitionAction {
    OPEN, START, NEXT, PREVIOUS, PAUSE, RESUME, ADD_MINUTES, END,
    /** Stays in a phase that would move on by itself when its time is up ({@link Phase#isMovesOn()}). */
    STAY,
    /** Asks a breakout phase's groups to close once they have been warned ({@link Meeting#getGroupsWarningSeconds()}). */
    CLOSE_GROUPS
}
