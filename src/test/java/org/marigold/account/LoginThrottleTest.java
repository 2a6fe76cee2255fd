package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final LoginThrottle ACCOUNT = LoginThrottle.ACCOUNT_FROM_ADDRESS;

    @Test
    void theFirstMistakesCostNothing() {
        for (int failures = 0; failures < ACCOUNT.freeAttempts(); failures++) {
            assertEquals(Duration.ZERO, ACCOUNT.waitAfter(failures));
            assertTrue(ACCOUNT.remainingWait(failures, FAILED_AT, FAILED_AT).isEmpty());
        }
    }

    @Test
    void anotherAttemptCountedAMomentLaterImposesNoWaitWhileAttemptsAreFree() {
        // Thirty people behind one school address log in at once: each attempt is counted as it begins, and one that
        // read the clock a moment before another was counted must not see that later moment as a wait.
        Instant now = Instant.parse("2026-12-05T08:00:00Z");
        assertEquals(Optional.empty(), LoginThrottle.ADDRESS.remainingWait(12, now.plusMillis(4), now));
        assertTrue(LoginThrottle.ADDRESS.remainingWait(LoginThrottle.ADDRESS.freeAttempts(), now.plusMillis(4), now).isPresent(),
                "past the free ones, it waits");
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        assertEquals(Duration.ofSeconds(5), ACCOUNT.waitAfter(3));
        assertEquals(Duration.ofSeconds(10), ACCOUNT.waitAfter(4));
        assertEquals(Duration.ofSeconds(20), ACCOUNT.waitAfter(5));
    }

    @Test
    void theWaitNeverExceedsAQuarterOfAnHour() {
        assertEquals(Duration.ofMinutes(15), ACCOUNT.waitAfter(12));
        assertEquals(Duration.ofMinutes(15), ACCOUNT.waitAfter(1_000_000));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertEquals(Duration.ofSeconds(3), ACCOUNT.remainingWait(3, FAILED_AT, FAILED_AT.plusSeconds(2)).orElseThrow());
        assertTrue(ACCOUNT.remainingWait(3, FAILED_AT, FAILED_AT.plusSeconds(5)).isEmpty());
    }

    @Test
    void withoutAFailureThereIsNoWait() {
        assertTrue(ACCOUNT.remainingWait(7, null, FAILED_AT).isEmpty());
    }

    @Test
    void failuresAreForgottenAfterAQuietWhile() {
        assertEquals(7, ACCOUNT.counted(7, FAILED_AT, FAILED_AT.plus(Duration.ofHours(23))));
        assertEquals(0, ACCOUNT.counted(7, FAILED_AT, FAILED_AT.plus(Duration.ofDays(1))));
        assertEquals(0, LoginThrottle.ADDRESS.counted(40, FAILED_AT, FAILED_AT.plus(Duration.ofHours(1))));
    }

    @Test
    void anAddressSharedByAStaffRoomMayMistypeMoreThanOnePerson() {
        assertEquals(Duration.ZERO, LoginThrottle.ADDRESS.waitAfter(19));
        assertEquals(Duration.ofSeconds(5), LoginThrottle.ADDRESS.waitAfter(20));
    }
}
