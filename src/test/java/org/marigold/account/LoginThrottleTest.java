package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFirstMistakesCostNothing() {
        for (int failures = 0; failures < LoginThrottle.FREE_ATTEMPTS; failures++) {
            assertEquals(Duration.ZERO, LoginThrottle.waitAfter(failures));
            assertTrue(LoginThrottle.remainingWait(failures, FAILED_AT, FAILED_AT).isEmpty());
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        assertEquals(Duration.ofSeconds(5), LoginThrottle.waitAfter(3));
        assertEquals(Duration.ofSeconds(10), LoginThrottle.waitAfter(4));
        assertEquals(Duration.ofSeconds(20), LoginThrottle.waitAfter(5));
    }

    @Test
    void theWaitNeverExceedsAQuarterOfAnHour() {
        assertEquals(Duration.ofMinutes(15), LoginThrottle.waitAfter(12));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.waitAfter(1_000_000));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertEquals(Duration.ofSeconds(3), LoginThrottle.remainingWait(3, FAILED_AT, FAILED_AT.plusSeconds(2)).orElseThrow());
        assertTrue(LoginThrottle.remainingWait(3, FAILED_AT, FAILED_AT.plusSeconds(5)).isEmpty());
    }

    @Test
    void withoutAFailureThereIsNoWait() {
        assertTrue(LoginThrottle.remainingWait(7, null, FAILED_AT).isEmpty());
    }
}
