package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.ApplicationStarted;

class PhaseTimerTest {

    @Test
    void questionsComeDueOnlyOnceTheApplicationHasStarted() {
        List<Instant> rounds = new ArrayList<>();
        PhaseTimer release = new PhaseTimer();
        release.meetings = new MeetingService() {
            @Override
            public int releaseDuePrompts(Instant now) {
                rounds.add(now);
                return 0;
            }

            @Override
            public int moveOnDuePhases(Instant now) {
                rounds.add(now);
                return 0;
            }
        };
        Instant now = Instant.parse("2026-12-01T00:30:00Z");
        release.clock = Clock.fixed(now, ZoneOffset.UTC);
        release.application = new ApplicationStarted();

        release.round();
        assertEquals(List.of(), rounds, "a round before the application is ready releases and moves nothing");

        release.application.markStarted();
        release.round();
        assertEquals(List.of(now, now), rounds, "questions released, then phases moved on");
    }
}
