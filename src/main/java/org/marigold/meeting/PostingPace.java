package org.marigold.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marigold.platform.Rejected;

/**
 * How fast one person may post in a meeting (questions, answers, notes in their group): quick enough for a lively
 * chat, too slow to drown it. At most {@link #BURST} posts in any {@link #BURST_WINDOW} and {@link #SUSTAINED} in any
 * {@link #LOOK_BACK}. The posts counted are the ones saved in the database, so every instance of a cluster agrees.
 */
public final class PostingPace {

    public static final int BURST = 5;
    public static final Duration BURST_WINDOW = Duration.ofSeconds(15);
    public static final int SUSTAINED = 20;
    /** How far back a person's posts matter; older ones never hold anyone back. */
    public static final Duration LOOK_BACK = Duration.ofMinutes(2);

    private PostingPace() {
    }

    /** The most recent posts worth reading: no limit looks further back than this many. */
    public static int postsToRead() {
        return Math.max(BURST, SUSTAINED);
    }

    /**
     * How long the person waits before their next post is taken, given when their recent posts were saved (any order),
     * or nothing if it is taken now.
     */
    public static Optional<Duration> waitBefore(List<Instant> recentPosts, Instant now) {
        List<Instant> newestFirst = recentPosts.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        Duration wait = Duration.ZERO;
        wait = longer(wait, waitFor(newestFirst, BURST, BURST_WINDOW, now));
        wait = longer(wait, waitFor(newestFirst, SUSTAINED, LOOK_BACK, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Refuses the post, saying in whole seconds how long to wait, if the person is posting too fast. */
    public static void check(List<Instant> recentPosts, Instant now) {
        waitBefore(recentPosts, now).ifPresent(wait -> {
            throw Rejected.because("posting.tooFast", (wait.toMillis() + 999) / 1000);
        });
    }

    private static Duration waitFor(List<Instant> newestFirst, int posts, Duration window, Instant now) {
        if (newestFirst.size() < posts) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, newestFirst.get(posts - 1).plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
