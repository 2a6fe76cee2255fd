package org.marigold.meeting;

import java.io.Serializable;

/**
 * Something about a live meeting changed. Fired once per change by {@link MeetingService}, after the
 * transaction commits; one bridge turns it into websocket pushes to the meeting's open pages.
 */
/**
 * {@code added}: what the change brought, when it is one thing the pages can show from the push itself: the new
 * contribution's id (CONTRIBUTIONS) or the arriving person's account id (ATTENDANCE); null otherwise.
 * {@code voted}: the contribution whose votes changed (a like, a +1, one taken back), whose count the pages can show
 * from the push itself; null otherwise.
 * {@code run}: the change is a facilitator's step of the run (status, phase, clock), all of it in the meeting's row, so
 * a page that shows the meeting's version after it shows the change (the page that made it does).
 */
public record MeetingChanged(long meetingId, Change change, Long added, Long voted, boolean run) implements Serializable {

    /** A change that names no single new contribution. */
    public MeetingChanged(long meetingId, Change change) {
        this(meetingId, change, null, null, false);
    }

    /** A change that may name one new thing (see {@code added}). */
    public MeetingChanged(long meetingId, Change change, Long added) {
        this(meetingId, change, added, null, false);
    }

    /** A facilitator stepped the run: a new phase or status, or only its clock (paused, resumed, minutes added). */
    public static MeetingChanged stepped(long meetingId, boolean clockOnly) {
        return new MeetingChanged(meetingId, clockOnly ? Change.STAGE : Change.PHASE, null, null, true);
    }

    /** Someone arrived for the first time: the pages can add them to who is here from the push itself. */
    public static MeetingChanged arrived(long meetingId, long accountId) {
        return new MeetingChanged(meetingId, Change.ATTENDANCE, accountId);
    }

    /** Someone said something new: the pages can add it to their list from the push itself. */
    public static MeetingChanged added(long meetingId, long contributionId) {
        return new MeetingChanged(meetingId, Change.CONTRIBUTIONS, contributionId);
    }

    /** Someone liked or +1'd a contribution, or took it back: the pages can show its new count from the push itself. */
    public static MeetingChanged voted(long meetingId, long contributionId) {
        return new MeetingChanged(meetingId, Change.CONTRIBUTIONS, null, contributionId, false);
    }

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
