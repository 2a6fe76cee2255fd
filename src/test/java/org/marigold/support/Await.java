package org.marigold.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something the server does on its own time (a timer's round), checking a few times a second. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still not so after " + patience + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }
}
