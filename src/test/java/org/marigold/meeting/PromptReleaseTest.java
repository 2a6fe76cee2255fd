package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.ApplicationStarted;

class PromptReleaseTest {

    @Test
    void questionsComeDueOnlyOnceTheApplicationHasStarted() {
        List<Instant> rounds = new ArrayList<>();
        PromptRelease release = new PromptRelease();
        release.meetings = new MeetingService() {
            @Override
            public int releaseDuePrompts(Instant now) {
                rounds.add(now);
                return 0;
            }
        };
        Instant now = Instant.parse("2026-12-01T00:30:00Z");
        release.clock = Clock.fixed(now, ZoneOffset.UTC);
        release.application = new ApplicationStarted();

        release.releaseDuePrompts();
        assertEquals(List.of(), rounds, "the server's timers run before the application is ready: nothing is released then");

        release.application.markStarted();
        release.releaseDuePrompts();
        assertEquals(List.of(now), rounds);
    }
}
