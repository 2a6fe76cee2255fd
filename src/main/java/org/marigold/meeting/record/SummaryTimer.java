package org.marigold.meeting.record;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marigold.platform.ApplicationStarted;

/** Every minute, queues the mail of the meetings that ended long enough ago ({@link MeetingSummaries}). */
@Singleton
public class SummaryTimer {

    private static final Logger LOG = Logger.getLogger(SummaryTimer.class.getName());

    @Inject
    MeetingSummaries summaries;

    @Inject
    Clock clock;

    @Inject
    ApplicationStarted application;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void summarise() {
        if (!application.isStarted()) {
            return;
        }
        try {
            summaries.summariseDue(clock.instant());
        } catch (RuntimeException e) {
            // The database blinked: the next minute looks again (a meeting's mail is recorded with it, so none goes twice).
            LOG.log(Level.FINE, "Summaries will be looked at again", e);
        }
    }
}
