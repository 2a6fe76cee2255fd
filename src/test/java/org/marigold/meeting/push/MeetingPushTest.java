package org.marigold.meeting.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class MeetingPushTest {

    @Test
    void aPushIsDeliveredBesideTheRequestAndStillDeliveredWhenThePoolIsFull() {
        List<String> ran = new ArrayList<>();
        List<Runnable> pooled = new ArrayList<>();
        List<Runnable> queued = new ArrayList<>();
        Executor pool = pooled::add;
        Executor queue = queued::add;
        Executor full = task -> {
            throw new RejectedExecutionException("every thread busy");
        };

        MeetingPush.beside(pool, queue, () -> ran.add("phase"));
        assertEquals(List.of(), ran, "the pool runs it, not the request");
        pooled.forEach(Runnable::run);
        assertEquals(List.of("phase"), ran);

        MeetingPush.beside(full, queue, () -> ran.add("arrival"));
        assertEquals(List.of("phase"), ran, "a full pool: it waits its turn in the queue, not in the request");
        queued.forEach(Runnable::run);
        assertEquals(List.of("phase", "arrival"), ran, "and is delivered");

        MeetingPush.beside(full, full, () -> ran.add("contribution"));
        assertEquals(List.of("phase", "arrival", "contribution"), ran, "refused everywhere: the request delivers it");
    }
}
