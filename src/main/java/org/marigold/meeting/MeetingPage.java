package org.marigold.meeting;

import java.time.Duration;
import java.util.List;

/** One page of a community's meetings, coming or past, and how many there are in all. */
public record MeetingPage(When when, List<Meeting> meetings, long total, int page, int size) {

    public static final int MOST_PER_PAGE = 100;
    public static final int MOST_WORDS = 6;

    /**
     * A planned meeting stays among the coming ones for this long after its start, so one starting late is still
     * found there; a meeting that is open or running is always coming, one that ended is always past.
     */
    public static final Duration STILL_COMING = Duration.ofHours(12);

    /** Coming meetings (soonest first) or past ones (latest first). */
    public enum When { UPCOMING, PAST }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
