package org.marigold.meeting.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.Phase;

/**
 * Where a meeting stands, for clients that follow it: {@code phaseIndex} is -1 before the start;
 * {@code remainingSeconds} is negative when the phase runs over; {@code plannedSeconds} is the phase's planned length,
 * which adding minutes names.
 */
@JsonbNillable
public record MeetingState(long id, String title, String status, int phaseIndex, int phaseCount, String kind,
                           String phaseTitle, Instant phaseStartedAt, long remainingSeconds, boolean paused, int plannedSeconds) {

    static MeetingState of(Meeting meeting, Instant now) {
        Phase phase = meeting.currentPhase();
        return new MeetingState(meeting.getId(), meeting.getTitle(), meeting.getStatus().name(), meeting.getPhaseIndex(),
                meeting.getPhases().size(), phase == null ? null : phase.getKind().name(), phase == null ? null : phase.getTitle(),
                meeting.getPhaseStartedAt(), phase == null ? 0 : meeting.remaining(now).toSeconds(), meeting.isPaused(),
                meeting.getPhasePlannedSeconds());
    }
}
