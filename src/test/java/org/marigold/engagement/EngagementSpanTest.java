package org.marigold.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

class EngagementSpanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void withNothingChosenTheDashboardShowsThePastYearUpToToday() {
        assertEquals(new EngagementService.Span(LocalDate.of(2025, 11, 30), TODAY),
                EngagementService.Span.of(null, null, TODAY, LocalDate.of(2026, 11, 12)));
        assertEquals(new EngagementService.Span(LocalDate.of(2025, 11, 30), TODAY), EngagementService.Span.of(null, null, TODAY, null),
                "no meeting ended yet");
    }

    @Test
    void aMeetingHeldEarlyForTomorrowIsShownAsSoonAsItHasEnded() {
        // Planned for midnight, started and ended at a quarter to: it ended today, it is planned for tomorrow.
        assertEquals(new EngagementService.Span(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 1)),
                EngagementService.Span.of(null, null, TODAY, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aSpanChosenIsKeptAndOneThatEndsBeforeItBeginsIsRefused() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        assertEquals(new EngagementService.Span(from, to), EngagementService.Span.of(from, to, TODAY, LocalDate.of(2026, 12, 1)),
                "the end chosen, whatever was held later");
        assertThrows(Rejected.class, () -> EngagementService.Span.of(to, from, TODAY, null));
    }
}
