package org.marigold.meeting;

/**
 * The run of a meeting as a facilitator saw it when pressing a console button: the phase shown, and that phase's
 * planned length in seconds. {@link Meeting#apply} refuses an action whose run has moved on since.
 */
public record SeenRun(int phase, int plannedSeconds) {

    /** Only the phase is named: fine for every action but adding minutes, which must name the length it extends. */
    public static SeenRun atPhase(int phase) {
        return new SeenRun(phase, -1);
    }
}
