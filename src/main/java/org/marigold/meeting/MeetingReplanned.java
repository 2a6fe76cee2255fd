package org.marigold.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A facilitator moved, cancelled or reinstated a meeting by hand (fired inside the change's transaction). A series
 * remembers it for that date, so that planning the series ahead keeps the change rather than undoing it.
 */
public record MeetingReplanned(long meetingId, Long seriesId, LocalDate occurrenceDate, Instant startsAt, boolean cancelled) {

    static MeetingReplanned of(Meeting meeting) {
        return new MeetingReplanned(meeting.getId(), meeting.getSeriesId(), meeting.getOccurrenceDate(), meeting.getStartsAt(),
                meeting.isCancelled());
    }
}
