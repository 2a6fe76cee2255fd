package org.marigold.meeting;

import org.marigold.platform.Conflict;

/**
 * A transition that expected the meeting to be in another phase than it is, because a co-facilitator
 * moved it first. Nothing changes; the person sees where the meeting now is.
 */
public class StaleTransition extends Conflict {

    private final int expectedPhase;
    private final int currentPhase;

    public StaleTransition(int expectedPhase, int currentPhase) {
        super("Expected phase " + expectedPhase + " but the meeting is at phase " + currentPhase);
        this.expectedPhase = expectedPhase;
        this.currentPhase = currentPhase;
    }

    public int expectedPhase() {
        return expectedPhase;
    }

    public int currentPhase() {
        return currentPhase;
    }
}
