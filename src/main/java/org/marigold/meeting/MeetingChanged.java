package org.marigold.meeting;

import java.io.Serializable;

/**
 * Something about a live meeting changed. Fired once per change by {@link MeetingService}, after the
 * transaction commits; one bridge turns it into websocket pushes to the meeting's open pages.
 */
public record MeetingChanged(long meetingId, Change change) implements Serializable {

    /** What changed, which decides what the open pages re-render. */
    public enum Change {
        /** Status or phase: everything on the page follows, the input area included. */
        PHASE,
        /** Pause, resume, added minutes, the problem of practice: the top of the page follows; what people type stays. */
        STAGE,
        /** Questions, answers, recommendations, notes, votes. */
        CONTRIBUTIONS,
        /** Someone joined. */
        ATTENDANCE,
        /** Breakout groups: who is in which, their notes and finds, flags, broadcasts. */
        GROUPS;

        /** The name pages listen for. */
        public String event() {
            return name().toLowerCase();
        }
    }
}
