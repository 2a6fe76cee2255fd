package org.marigold.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How login attempts are slowed down: the first few mistakes are free (people mistype), then each further failure
 * doubles the wait before the next attempt is checked, up to a quarter of an hour. Failures are forgotten after a
 * quiet while. Two rules apply to every attempt ({@link LoginThrottles}): one for an e-mail from one client address,
 * and a more generous one for the address whatever the e-mail (a school's staff may share one address).
 */
public record LoginThrottle(int freeAttempts, Duration firstWait, Duration longestWait, Duration forgottenAfter) {

    /** Attempts on one e-mail from one client address: someone else's guesses elsewhere never slow its owner down. */
    public static final LoginThrottle ACCOUNT_FROM_ADDRESS = new LoginThrottle(3, Duration.ofSeconds(5), Duration.ofMinutes(15),
            Duration.ofDays(1));
    /** Attempts from one client address on any e-mail: guessing many accounts from one place is slowed too. */
    public static final LoginThrottle ADDRESS = new LoginThrottle(20, Duration.ofSeconds(5), Duration.ofMinutes(15),
            Duration.ofHours(1));

    /** The wait imposed after this many consecutive failures. */
    public Duration waitAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** The failures that still count at {@code now}: none once the last is older than {@link #forgottenAfter}. */
    public int counted(int failures, Instant lastFailure, Instant now) {
        return lastFailure == null || !lastFailure.plus(forgottenAfter).isAfter(now) ? 0 : failures;
    }

    /** What is left of the wait at {@code now}, if anything. */
    public Optional<Duration> remainingWait(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Optional.empty();
        }
        Duration wait = waitAfter(counted(failures, lastFailure, now));
        if (wait.isZero()) {
            // Free attempts impose no wait, even when another attempt, begun a moment later, has just been counted.
            return Optional.empty();
        }
        Duration left = Duration.between(now, lastFailure.plus(wait));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }
}
