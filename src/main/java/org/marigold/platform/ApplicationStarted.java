package org.marigold.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Whether the application has finished starting. The server's timers start with the EJB container, before the web
 * application is ready: a timer's work that pushes to pages must wait for this, or the beans it reaches are made on a
 * thread that cannot yet see the application's resources (seen: the push bridge made without its executor, and every
 * push of that instance lost, when a chat question came due while a second instance was starting).
 */
@ApplicationScoped
public class ApplicationStarted {

    private volatile boolean started;

    void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
        started = true;
    }

    public boolean isStarted() {
        return started;
    }

    /** Marks it started (for tests that make the beans by hand). */
    public void markStarted() {
        started = true;
    }
}
