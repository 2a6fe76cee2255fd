package org.marigold.meeting;

import org.marigold.platform.Conflict;

/**
 * A transition that expected the meeting's run to be as it was when the person pressed, but a co-facilitator
 * changed it first: moved it to another phase, or added minutes to this one. Nothing changes; the person sees
 * where the meeting now is.
 */
public class StaleTransition extends Conflict {

    private final int expectedPhase;
    private final int currentPhase;
    private final int plannedSeconds;

    public StaleTransition(int expectedPhase, int currentPhase, int plannedSeconds) {
        super("Expected phase " + expectedPhase + " but the meeting is at phase " + currentPhase
                + (expectedPhase == currentPhase ? ", now planned for " + plannedSeconds + " s" : ""));
        this.expectedPhase = expectedPhase;
        this.currentPhase = currentPhase;
        this.plannedSeconds = plannedSeconds;
    }

    public int expectedPhase() {
        return expectedPhase;
    }

    public int currentPhase() {
        return currentPhase;
    }

    /** Whether the meeting is still in the phase the person saw, whose planned length someone changed first. */
    public boolean sameByPhase() {
        return expectedPhase == currentPhase;
    }

    /** The current phase's planned length now, in whole minutes. */
    public int plannedMinutes() {
        return plannedSeconds / 60;
    }
}
