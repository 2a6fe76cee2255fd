package org.marigold.meeting;

/** Where a meeting is in its life: scheduled, lobby open, running, ended; or called off. */
public enum MeetingStatus {
    SCHEDULED, OPEN, RUNNING, ENDED, CANCELLED;

    public boolean isUpcoming() {
        return this == SCHEDULED || this == OPEN || this == RUNNING;
    }
}
