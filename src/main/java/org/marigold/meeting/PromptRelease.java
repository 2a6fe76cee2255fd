package org.marigold.meeting;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every few seconds, releases chat questions whose time is up (in meetings that release on the timer). */
@Singleton
public class PromptRelease {

    private static final Logger LOG = Logger.getLogger(PromptRelease.class.getName());

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Inject
    org.marigold.platform.ApplicationStarted application;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void releaseDuePrompts() {
        if (!application.isStarted()) {
            return; // the next round, once the pages can be told (see ApplicationStarted)
        }
        try {
            meetings.releaseDuePrompts(clock.instant());
        } catch (RuntimeException e) {
            // Another server released the same question first, or the database blinked: the next round retries.
            LOG.log(Level.FINE, "Releasing chat questions will be retried", e);
        }
    }
}
