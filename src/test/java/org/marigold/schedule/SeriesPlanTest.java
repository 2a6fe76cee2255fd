package org.marigold.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** How meeting series follow their rule: nth and last weekdays, weeks, daylight-saving changes, exceptions. */
class SeriesPlanTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    private final SeriesPlan lastMonday = new SeriesPlan(Rrule.monthly(-1, DayOfWeek.MONDAY), LocalDate.of(2027, 1, 1),
            LocalTime.of(19, 30), TORONTO, Duration.ofMinutes(60));

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(TORONTO).toInstant();
    }

    @Test
    void theLastMondayOfEachMonthAcrossAYear() {
        List<SeriesPlan.Occurrence> year = lastMonday.between(at(2027, 1, 1), at(2028, 1, 1), List.of());
        assertEquals(12, year.size());
        for (SeriesPlan.Occurrence meeting : year) {
            LocalDate date = meeting.start().toLocalDate();
            assertEquals(date.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), date);
            assertEquals(LocalTime.of(19, 30), meeting.start().toLocalTime(), "19:30 in Toronto all year");
        }
        assertEquals(LocalDate.of(2027, 1, 25), year.get(0).date());
        assertEquals(LocalDate.of(2027, 5, 31), year.get(4).date());
    }

    @Test
    void theLocalTimeHoldsAcrossDaylightSavingWhileTheInstantMoves() {
        // Daylight saving begins in Toronto on Sunday 14 March 2027: the Mondays either side are a week less one hour apart.
        SeriesPlan weekly = new SeriesPlan(Rrule.weekly(1, DayOfWeek.MONDAY), LocalDate.of(2027, 3, 1), LocalTime.of(19, 30), TORONTO,
                Duration.ofMinutes(60));
        List<SeriesPlan.Occurrence> march = weekly.between(at(2027, 3, 1), at(2027, 3, 22), List.of());
        assertEquals(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 15)),
                march.stream().map(SeriesPlan.Occurrence::date).toList());
        assertEquals(Instant.parse("2027-03-09T00:30:00Z"), march.get(1).startsAt(), "EST, UTC-5");
        assertEquals(Instant.parse("2027-03-15T23:30:00Z"), march.get(2).startsAt(), "EDT, UTC-4: same 19:30 on the wall");
        assertEquals(Duration.ofHours(24 * 7 - 1), Duration.between(march.get(1).startsAt(), march.get(2).startsAt()));
    }

    @Test
    void everyOtherWeekSkipsTheWeeksBetween() {
        SeriesPlan fortnightly = new SeriesPlan(Rrule.weekly(2, DayOfWeek.WEDNESDAY), LocalDate.of(2027, 9, 1), LocalTime.of(16, 0),
                TORONTO, Duration.ofMinutes(45));
        assertEquals(List.of(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 9, 29)),
                fortnightly.between(at(2027, 9, 1), at(2027, 10, 1), List.of()).stream().map(SeriesPlan.Occurrence::date).toList());
    }

    @Test
    void aThirtyFirstOfTheMonthRuleSkipsShorterMonths() {
        SeriesPlan thirtyFirst = new SeriesPlan(Rrule.of("FREQ=MONTHLY;BYMONTHDAY=31"), LocalDate.of(2027, 1, 1), LocalTime.NOON,
                TORONTO, Duration.ofMinutes(60));
        assertEquals(List.of(1, 3, 5, 7, 8, 10, 12), thirtyFirst.between(at(2027, 1, 1), at(2028, 1, 1), List.of()).stream()
                .map(o -> o.date().getMonthValue()).toList(), "as iCalendar says: dates that do not exist are left out");
        SeriesPlan lastDay = new SeriesPlan(Rrule.of("FREQ=MONTHLY;BYMONTHDAY=-1"), LocalDate.of(2027, 1, 1), LocalTime.NOON,
                TORONTO, Duration.ofMinutes(60));
        assertEquals(LocalDate.of(2027, 2, 28), lastDay.between(at(2027, 2, 1), at(2027, 3, 1), List.of()).get(0).date(),
                "the last day of every month, February included");
    }

    @Test
    void exceptionsSkipADateOrMoveIt() {
        Instant now = at(2027, 1, 1);
        ZonedDateTime movedTo = ZonedDateTime.of(2027, 5, 25, 19, 0, 0, 0, TORONTO);
        List<SeriesPlan.DateChange> changes = List.of(SeriesPlan.DateChange.skip(LocalDate.of(2027, 4, 26)),
                SeriesPlan.DateChange.move(LocalDate.of(2027, 5, 31), movedTo, now));
        List<SeriesPlan.Occurrence> spring = lastMonday.between(at(2027, 4, 1), at(2027, 7, 1), changes);
        assertEquals(List.of(LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 28)), spring.stream().map(SeriesPlan.Occurrence::date).toList(),
                "April skipped; May's meeting keeps its date as its name");
        assertEquals(movedTo, spring.get(0).start());
        assertTrue(spring.get(0).moved());
        assertFalse(spring.get(1).moved());
        assertTrue(lastMonday.hasDate(LocalDate.of(2027, 4, 26)));
        assertFalse(lastMonday.hasDate(LocalDate.of(2027, 4, 27)));
    }

    @Test
    void badRulesZonesLengthsAndMovesAreRefusedOnTheirFields() {
        assertEquals("schedule.rule.invalid", assertThrows(Rejected.class, () -> Rrule.of("FREQ=SOMETIMES")).messageKey());
        assertEquals("schedule.rule.tooOften", assertThrows(Rejected.class, () -> Rrule.of("FREQ=HOURLY")).messageKey());
        assertEquals("schedule.rule.empty", assertThrows(Rejected.class, () -> Rrule.of(" ")).messageKey());
        assertEquals("RRULE:FREQ=MONTHLY;BYDAY=-1MO", Rrule.of("rrule:freq=monthly;byday=-1mo").toString());
        assertEquals("nth", assertThrows(Rejected.class, () -> Rrule.monthly(5, DayOfWeek.MONDAY)).field());
        assertEquals("zone", assertThrows(Rejected.class, () -> SeriesPlan.zone("Mars/Olympus_Mons")).field());
        assertEquals(TORONTO, SeriesPlan.zone(" America/Toronto "));
        assertEquals("minutes", assertThrows(Rejected.class, () -> new SeriesPlan(Rrule.weekly(1, DayOfWeek.MONDAY),
                LocalDate.of(2027, 1, 1), LocalTime.NOON, TORONTO, Duration.ZERO)).field());
        assertEquals("schedule.move.past", assertThrows(Rejected.class, () -> SeriesPlan.DateChange.move(LocalDate.of(2027, 5, 31),
                ZonedDateTime.of(2026, 5, 25, 19, 0, 0, 0, TORONTO), at(2027, 1, 1))).messageKey());
    }
}
