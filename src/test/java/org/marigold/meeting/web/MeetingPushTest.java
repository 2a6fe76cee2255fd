package org.marigold.meeting.web;

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
        List<Runnable> queued = new ArrayList<>();
        Executor pool = queued::add;
        Executor full = task -> {
            throw new RejectedExecutionException("every thread busy");
        };

        MeetingPush.beside(pool, () -> ran.add("phase"));
        assertEquals(List.of(), ran, "the pool runs it, not the request");
        queued.forEach(Runnable::run);
        assertEquals(List.of("phase"), ran);

        MeetingPush.beside(full, () -> ran.add("arrival"));
        assertEquals(List.of("phase", "arrival"), ran, "a full pool does not lose the push: the request delivers it");
    }
}
