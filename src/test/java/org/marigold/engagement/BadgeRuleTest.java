package org.marigold.engagement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadgeRuleTest {

    private static final BadgeRule REGULAR = new BadgeRule("REGULAR", Metric.ATTENDED_OF_LAST, 3, 4);
    private static final BadgeRule CURATOR = new BadgeRule("CURATOR", Metric.HELPFUL_MARKS_RECEIVED, 10, null);
    private static final BadgeRule FIRST_QUESTION = new BadgeRule("FIRST_QUESTION", Metric.QUESTIONS_ASKED, 1, null);

    private static Activity came(Boolean... latestFirst) {
        return new Activity(1, List.of(latestFirst), Map.of());
    }

    private static Activity did(Metric metric, int times) {
        return new Activity(1, List.of(), Map.of(metric, times));
    }

    @Test
    void aRegularCameToThreeOfTheLastFourMeetings() {
        assertTrue(REGULAR.earnedBy(came(true, true, false, true)));
        assertTrue(REGULAR.earnedBy(came(true, true, true, false, false, false)), "only the last four count");
        assertFalse(REGULAR.earnedBy(came(true, false, false, true, true, true)), "two of the last four, however many before");
        assertFalse(REGULAR.earnedBy(came(true, true)), "two meetings so far are not three");
        assertFalse(REGULAR.earnedBy(came()));
    }

    @Test
    void countedBadgesNeedTheirThreshold() {
        assertFalse(CURATOR.earnedBy(did(Metric.HELPFUL_MARKS_RECEIVED, 9)));
        assertTrue(CURATOR.earnedBy(did(Metric.HELPFUL_MARKS_RECEIVED, 10)));
        assertFalse(CURATOR.earnedBy(did(Metric.QUESTIONS_ASKED, 50)), "other things done do not count");
        assertTrue(FIRST_QUESTION.earnedBy(did(Metric.QUESTIONS_ASKED, 1)));
        assertFalse(FIRST_QUESTION.earnedBy(did(Metric.QUESTIONS_ASKED, 0)));
    }

    @Test
    void aRuleThatCouldNeverBeEarnedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BadgeRule("BROKEN", Metric.ATTENDED_OF_LAST, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new BadgeRule("FREE", Metric.PRESENTED, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new BadgeRule("NO_WINDOW", Metric.ATTENDED_OF_LAST, 1, null));
    }
}
