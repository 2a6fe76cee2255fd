package org.marigold.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: the first few mistakes are free (people mistype), then each further
 * failure doubles the wait before the next attempt is checked, up to a quarter of an hour.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** The wait imposed after this many consecutive failures. */
    public static Duration waitAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** What is left of the wait at {@code now}, if anything. */
    public static Optional<Duration> remainingWait(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, lastFailure.plus(waitAfter(failures)));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }
}
