package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

class PostingPaceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");

    private static List<Instant> postsEvery(Duration gap, int count) {
        List<Instant> posts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            posts.add(NOW.minus(gap.multipliedBy(i)));
        }
        return posts;
    }

    @Test
    void aLivelyChatterIsNeverHeldBack() {
        // A post every seven seconds for two minutes: never five in fifteen seconds, never twenty in two minutes.
        assertEquals(Optional.empty(), PostingPace.waitBefore(postsEvery(Duration.ofSeconds(7), 17), NOW));
        assertEquals(Optional.empty(), PostingPace.waitBefore(List.of(), NOW));
        assertEquals(Optional.empty(), PostingPace.waitBefore(postsEvery(Duration.ofSeconds(2), 4), NOW));
    }

    @Test
    void theSixthPostInFifteenSecondsWaitsUntilTheFifthLastIsFifteenSecondsOld() {
        List<Instant> five = postsEvery(Duration.ofSeconds(1), 5); // 1 s … 5 s ago
        assertEquals(Optional.of(Duration.ofSeconds(10)), PostingPace.waitBefore(five, NOW));
        Rejected refused = assertThrows(Rejected.class, () -> PostingPace.check(five, NOW));
        assertEquals("posting.tooFast", refused.messageKey());
        assertEquals(10L, refused.arguments()[0]);
    }

    @Test
    void theOrderPostsAreReadInDoesNotMatter() {
        List<Instant> five = new ArrayList<>(postsEvery(Duration.ofSeconds(1), 5));
        java.util.Collections.reverse(five);
        assertEquals(Optional.of(Duration.ofSeconds(10)), PostingPace.waitBefore(five, NOW));
    }

    @Test
    void twentyPostsInTwoMinutesHoldTheNextBackEvenWhenSpacedOut() {
        List<Instant> twenty = postsEvery(Duration.ofSeconds(5), 20); // 5 s … 100 s ago: never five in 15 s
        assertEquals(Optional.of(Duration.ofSeconds(20)), PostingPace.waitBefore(twenty, NOW));
    }

    @Test
    void aPartSecondWaitIsToldAsAWholeSecond() {
        List<Instant> five = postsEvery(Duration.ofMillis(2900), 5); // the fifth last 14.5 s ago
        Rejected refused = assertThrows(Rejected.class, () -> PostingPace.check(five, NOW));
        assertEquals(1L, refused.arguments()[0]);
    }

    @Test
    void postsOlderThanTheWindowsCountForNothing() {
        assertEquals(Optional.empty(), PostingPace.waitBefore(postsEvery(Duration.ofSeconds(16), 5), NOW));
        List<Instant> old = postsEvery(Duration.ofSeconds(1), 30).stream().map(t -> t.minus(PostingPace.LOOK_BACK)).toList();
        assertEquals(Optional.empty(), PostingPace.waitBefore(old, NOW));
    }
}
