package org.marigold.meeting.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * What is said in a busy meeting goes to its pages together: the first thing said is pushed at once, and what follows
 * within {@link #WINDOW} waits for the end of it and goes in one push ({@link Push#together}). A chat of hundreds
 * saying several things a second then sends each page at most two pushes a second instead of one per thing said (each
 * push is a websocket message to every page), and nobody waits more than half a second to see what was said. Likes
 * (a contribution's new count) travel the same way, with what is said.
 */
final class SaidTogether {

    static final Duration WINDOW = Duration.ofMillis(500);

    /** Runs a task after so many nanoseconds (the server's managed scheduler; a hand-turned one in tests). */
    interface Timer {
        void after(long nanos, Runnable task);
    }

    private static final class Meeting {
        long lastSent = Long.MIN_VALUE;
        boolean waiting;
        List<Push> pending = new ArrayList<>();
    }

    private final Timer timer;
    private final LongSupplier nanoTime;
    private final BiConsumer<Long, Push> deliver;
    private final Map<Long, Meeting> meetings = new ConcurrentHashMap<>();

    SaidTogether(Timer timer, LongSupplier nanoTime, BiConsumer<Long, Push> deliver) {
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.deliver = deliver;
    }

    /** A push that carries something new said in this meeting, or a new count of likes. */
    void offer(long meetingId, Push push) {
        Meeting meeting = meetings.computeIfAbsent(meetingId, id -> new Meeting());
        long now = nanoTime.getAsLong();
        boolean sendNow;
        synchronized (meeting) {
            sendNow = !meeting.waiting && (meeting.lastSent == Long.MIN_VALUE || now - meeting.lastSent >= WINDOW.toNanos());
            if (sendNow) {
                meeting.lastSent = now;
            } else {
                meeting.pending.add(push);
                if (!meeting.waiting) {
                    meeting.waiting = true;
                    timer.after(Math.max(0, meeting.lastSent + WINDOW.toNanos() - now), () -> flush(meetingId, meeting));
                }
            }
        }
        if (sendNow) {
            deliver.accept(meetingId, push);
        }
    }

    private void flush(long meetingId, Meeting meeting) {
        List<Push> sending;
        synchronized (meeting) {
            sending = meeting.pending;
            meeting.pending = new ArrayList<>();
            meeting.waiting = false;
            meeting.lastSent = nanoTime.getAsLong();
        }
        // A meeting quiet for a while is forgotten (the next thing said there goes at once anyway).
        long now = nanoTime.getAsLong();
        meetings.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return !entry.getValue().waiting && now - entry.getValue().lastSent > 120 * WINDOW.toNanos();
            }
        });
        if (!sending.isEmpty()) {
            deliver.accept(meetingId, Push.together(sending));
        }
    }
}
