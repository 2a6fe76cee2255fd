package org.marigold.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facilitator's run sheet: every phase with its planned minutes and clock time, where the meeting is, how far
 * over or under its plan the meeting runs so far, and when it ends at this pace. So a facilitator sees at once that a
 * long clarifying round will eat the recommendations.
 * <p>Time in a phase is read from the meeting's transitions (a phase gone back to counts each visit; pauses do not
 * count). "Over so far" weighs each phase done, and the one under way once past its plan, against the protocol's
 * minutes: minutes added to a phase extend it, but the meeting still runs over. The projected end is now, plus what
 * is left of this phase (with its added minutes), plus the planned minutes of the phases after it; the planned end is
 * the scheduled one until the meeting starts, then its start plus the protocol's minutes.
 */
public record RunSheet(List<Row> rows, Duration overSoFar, Instant projectedEnd, Instant plannedEnd) {

    public enum State { DONE, NOW, LATER }

    /**
     * One phase: its place in the protocol, planned minutes, when it started (or, still to come, when it will start at
     * this pace), the time it has taken so far (zero for one not reached) and where the meeting is.
     */
    public record Row(int index, int plannedMinutes, Instant startsAt, Duration spent, State state) {
        /** For pages: Jakarta EL 5 reads getters, not record accessors. */
        public int getIndex() {
            return index;
        }

        public int getPlannedMinutes() {
            return plannedMinutes;
        }

        public Instant getStartsAt() {
            return startsAt;
        }

        public long getSpentMinutes() {
            return Math.round(spent.toSeconds() / 60.0);
        }

        public State getState() {
            return state;
        }
    }

    /**
     * The run sheet of a meeting under way; before it starts, it starts now (or when planned, if that is later); once
     * ended, every phase is done.
     */
    public static RunSheet of(Meeting meeting, List<Transition> transitions, Instant now) {
        List<Phase> phases = meeting.getPhases();
        Map<Integer, Duration> spent = timeInPhases(transitions, meeting, now);
        Map<Integer, Instant> firstEntered = new HashMap<>();
        Map<Integer, Instant> lastEntered = new HashMap<>();
        for (Transition t : transitions) {
            if (t.getAction() != TransitionAction.END && t.getToPhase() >= 0 && t.getToPhase() != t.getFromPhase()) {
                firstEntered.merge(t.getToPhase(), t.getHappenedAt(), (a, b) -> a.isBefore(b) ? a : b);
                lastEntered.merge(t.getToPhase(), t.getHappenedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        boolean ended = meeting.getStatus() == MeetingStatus.ENDED;
        int current = meeting.isRunning() ? meeting.getPhaseIndex() : ended ? phases.size() : -1;
        Instant next = meeting.isRunning() ? now.plus(positive(meeting.remaining(now)))
                : ended ? meeting.getEndedAt() : latest(now, meeting.getStartsAt());
        List<Row> rows = new ArrayList<>();
        Duration over = Duration.ZERO;
        for (int i = 0; i < phases.size(); i++) {
            Duration planned = phases.get(i).duration();
            Duration taken = spent.getOrDefault(i, Duration.ZERO);
            if (i < current) {
                rows.add(new Row(i, phases.get(i).getMinutes(), firstEntered.get(i), taken, State.DONE));
                over = over.plus(taken.minus(planned));
            } else if (i == current) {
                rows.add(new Row(i, phases.get(i).getMinutes(), lastEntered.get(i), taken, State.NOW));
                over = over.plus(positive(taken.minus(planned)));
            } else {
                rows.add(new Row(i, phases.get(i).getMinutes(), next, taken, State.LATER));
                next = next.plus(planned);
            }
        }
        Instant plannedEnd = meeting.getStartedAt() == null ? meeting.getEndsAt()
                : meeting.getStartedAt().plus(phases.stream().map(Phase::duration).reduce(Duration.ZERO, Duration::plus));
        return new RunSheet(List.copyOf(rows), over, next, plannedEnd);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** How long the meeting stayed in each phase, pauses left out. */
    private static Map<Integer, Duration> timeInPhases(List<Transition> transitions, Meeting meeting, Instant now) {
        Map<Integer, Duration> spent = new HashMap<>();
        int phase = -1;
        Instant since = null;
        Instant pausedAt = null;
        Duration paused = Duration.ZERO;
        List<Transition> inOrder = transitions.stream().sorted(Comparator.comparing(Transition::getHappenedAt)).toList();
        for (Transition t : inOrder) {
            switch (t.getAction()) {
                case PAUSE -> pausedAt = t.getHappenedAt();
                case RESUME -> {
                    if (pausedAt != null) {
                        paused = paused.plus(Duration.between(pausedAt, t.getHappenedAt()));
                        pausedAt = null;
                    }
                }
                case START, NEXT, PREVIOUS, END -> {
                    if (phase >= 0) {
                        Instant until = pausedAt != null ? pausedAt : t.getHappenedAt();
                        spent.merge(phase, Duration.between(since, until).minus(paused), Duration::plus);
                    }
                    phase = t.getAction() == TransitionAction.END ? -1 : t.getToPhase();
                    since = t.getHappenedAt();
                    pausedAt = null;
                    paused = Duration.ZERO;
                }
                default -> {
                }
            }
        }
        if (phase >= 0 && meeting.isRunning()) {
            spent.merge(phase, meeting.elapsed(now), Duration::plus);
        }
        return spent;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** For pages: Jakarta EL 5 reads getters, not record accessors. */
    public List<Row> getRows() {
        return rows;
    }

    /** Whole minutes over the plan so far; negative when under it. */
    public long getOverMinutes() {
        return Math.round(overSoFar.toSeconds() / 60.0);
    }

    public Instant getProjectedEnd() {
        return projectedEnd;
    }

    public Instant getPlannedEnd() {
        return plannedEnd;
    }
}
