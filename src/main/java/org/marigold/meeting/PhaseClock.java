package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock of the phase a running meeting is in: when it began, how long it is planned to last (minutes added
 * included), and its pauses. Time in the phase never counts a pause; time left may run below zero (over time).
 */
@Embeddable
public class PhaseClock {

    @Column(name = "phase_started_at")
    private Instant startedAt;

    @Column(name = "phase_planned_seconds", nullable = false)
    private int plannedSeconds;

    /** When the running pause began; null while the clock runs. */
    @Column(name = "paused_at")
    private Instant pausedAt;

    /** The pauses before the running one, in seconds. */
    @Column(name = "paused_seconds", nullable = false)
    private int pausedSeconds;

    /** The clock starts again for a phase planned to last so many seconds. */
    void enter(int planned, Instant now) {
        startedAt = now;
        plannedSeconds = planned;
        pausedAt = null;
        pausedSeconds = 0;
    }

    void pause(Instant now) {
        pausedAt = now;
    }

    /** The running pause ends (its time is kept out of the phase's). */
    void resume(Instant now) {
        pausedSeconds += Math.toIntExact(Duration.between(pausedAt, now).toSeconds());
        pausedAt = null;
    }

    void extend(int seconds) {
        plannedSeconds += seconds;
    }

    /** Time spent in the phase until {@code until} (the meeting's end, or now), not counting pauses. */
    Duration elapsed(Instant until) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, pausedAt != null ? pausedAt : until).minusSeconds(pausedSeconds);
    }

    /** Time left in the phase at {@code until}; negative when it runs over. */
    Duration remaining(Instant until) {
        return Duration.ofSeconds(plannedSeconds).minus(elapsed(until));
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    /** When the running pause began; null while the clock runs. */
    Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getPlannedSeconds() {
        return plannedSeconds;
    }
}
