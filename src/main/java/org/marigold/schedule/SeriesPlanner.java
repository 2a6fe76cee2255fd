package org.marigold.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every night, and an hour after each start, plans every series' meetings for the coming months. */
@Singleton
public class SeriesPlanner {

    private static final Logger LOG = Logger.getLogger(SeriesPlanner.class.getName());

    @Inject
    ScheduleService schedules;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void planAhead() {
        try {
            schedules.planAll();
        } catch (RuntimeException e) {
            // Another server planned at the same moment, or the database blinked: tomorrow's round catches up.
            LOG.log(Level.WARNING, "Planning meeting series will be retried", e);
        }
    }
}
