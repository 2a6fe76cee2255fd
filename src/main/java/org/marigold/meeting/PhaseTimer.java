package org.marigold.meeting;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marigold.platform.ApplicationStarted;

/**
 * Every two seconds, releases chat questions whose time is up (in meetings that release on the timer) and moves on the
 * phases that move on by themselves ({@link Phase#isMovesOn()}) once their time is up and everyone has seen it coming.
 * Each instance of a cluster runs its own rounds; each change locks its meeting and names the phase it leaves, so a
 * meeting moves once.
 * <p>
 * The rounds run on the server's managed scheduler, started once the application is, so they carry the application's
 * context, which the pushes their changes cause need: run by an EJB timer, the push bridge failed once the change
 * committed ("currentInvocation is null") and no page was told of a move made on the timer.
 */
@ApplicationScoped
public class PhaseTimer {

    private static final Logger LOG = Logger.getLogger(PhaseTimer.class.getName());
    static final Duration EVERY = Duration.ofSeconds(2);

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Inject
    ApplicationStarted application;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        rounds = scheduler.scheduleWithFixedDelay(this::round, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    void round() {
        if (!application.isStarted()) {
            return; // the next round, once the pages can be told (see ApplicationStarted)
        }
        try {
            meetings.releaseDuePrompts(clock.instant());
        } catch (RuntimeException e) {
            // Another server released the same question first, or the database blinked: the next round retries.
            LOG.log(Level.FINE, "Releasing chat questions will be retried", e);
        }
        try {
            meetings.moveOnDuePhases(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Moving on phases whose time is up will be retried", e);
        }
    }
}
