package org.marigold.meeting.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaidTogetherTest {

    private static final long MS = 1_000_000L;

    /** A clock and a timer turned by hand: tasks run when the test moves the clock past them. */
    private long now = 1_000 * MS;
    private final List<long[]> dueAt = new ArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();
    private final List<Map.Entry<Long, Push>> pushed = new ArrayList<>();

    private final SaidTogether together = new SaidTogether((nanos, task) -> {
        dueAt.add(new long[] {now + nanos});
        tasks.add(task);
    }, () -> now, (meeting, push) -> pushed.add(Map.entry(meeting, push)));

    private void advance(long millis) {
        now += millis * MS;
        for (int i = 0; i < tasks.size(); i++) {
            if (dueAt.get(i)[0] <= now) {
                dueAt.remove(i);
                tasks.remove(i--).run();
            }
        }
    }

    private static Push said(long id) {
        return PushTest.said(id, 30);
    }

    private List<Long> ids(int push) {
        return pushed.get(push).getValue().added().stream().map(Push.Said::id).toList();
    }

    @Test
    void theFirstThingSaidGoesAtOnceAndWhatFollowsGoesTogetherAtTheEndOfTheWindow() {
        together.offer(7, said(1));
        assertEquals(1, pushed.size(), "nothing was said just before: no wait");

        advance(100);
        together.offer(7, said(2));
        advance(100);
        together.offer(7, said(3));
        assertEquals(1, pushed.size(), "within half a second of the last push: they wait");

        advance(299);
        assertEquals(1, pushed.size());
        advance(1);
        assertEquals(2, pushed.size(), "half a second after the first push");
        assertEquals(List.of(2L, 3L), ids(1), "both, in the order they were said");

        advance(SaidTogether.WINDOW.toMillis());
        together.offer(7, said(4));
        assertEquals(3, pushed.size(), "a quiet half second later, at once again");
        assertTrue(tasks.isEmpty());
    }

    @Test
    void eachMeetingKeepsItsOwnPace() {
        together.offer(7, said(1));
        together.offer(8, said(2));
        assertEquals(List.of(7L, 8L), pushed.stream().map(Map.Entry::getKey).toList(), "another meeting's talk does not hold this one's");
        together.offer(7, said(3));
        advance(SaidTogether.WINDOW.toMillis());
        assertEquals(7L, pushed.get(2).getKey());
        assertEquals(List.of(3L), ids(2));
    }
}
