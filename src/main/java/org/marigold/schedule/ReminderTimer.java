package org.marigold.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marigold.platform.ApplicationStarted;

/** Every minute, queues the meeting reminders that have come due ({@link MeetingReminders}). */
@Singleton
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    MeetingReminders reminders;

    @Inject
    Clock clock;

    @Inject
    ApplicationStarted application;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void remind() {
        if (!application.isStarted()) {
            return;
        }
        try {
            reminders.remindDue(clock.instant());
        } catch (RuntimeException e) {
            // Another instance recorded the same reminder first, or the database blinked: the next minute looks again.
            LOG.log(Level.FINE, "Reminders will be looked at again", e);
        }
    }
}
