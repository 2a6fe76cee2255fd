package org.marigold.schedule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.marigold.platform.Rejected;

/**
 * A meeting series' recurrence rule, in iCalendar's RRULE language ("FREQ=MONTHLY;BYDAY=-1MO": the last Monday of
 * every month), read and expanded by ical4j, so what calendars show is what the app plans. A community meets at most
 * daily: rules by the hour or minute are refused.
 */
public final class Rrule implements Serializable {

    private static final Set<Frequency> ALLOWED = Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);

    private final String text;

    private Rrule(String text) {
        this.text = text;
    }

    /** Reads a rule as typed (with or without the "RRULE:" prefix); refuses what iCalendar would not accept. */
    public static Rrule of(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        if (text.isEmpty()) {
            throw Rejected.onField("rule", "schedule.rule.empty");
        }
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(text);
        } catch (RuntimeException unreadable) {
            throw Rejected.onField("rule", "schedule.rule.invalid");
        }
        if (recur.getFrequency() == null || !ALLOWED.contains(recur.getFrequency())) {
            throw Rejected.onField("rule", "schedule.rule.tooOften");
        }
        return new Rrule(text);
    }

    /** The {@code nth} (1–4, or -1 for the last) weekday of every month: "the last Monday of the month". */
    public static Rrule monthly(int nth, DayOfWeek day) {
        if (nth == 0 || nth < -1 || nth > 4) {
            throw Rejected.onField("nth", "schedule.rule.nth");
        }
        return of("FREQ=MONTHLY;BYDAY=" + nth + code(day));
    }

    /** Every week, or every {@code weeks} weeks ("every other week" is 2), on this day. */
    public static Rrule weekly(int weeks, DayOfWeek day) {
        if (weeks < 1 || weeks > 8) {
            throw Rejected.onField("interval", "schedule.rule.interval");
        }
        return of("FREQ=WEEKLY" + (weeks > 1 ? ";INTERVAL=" + weeks : "") + ";BYDAY=" + code(day));
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The starts of the occurrences from {@code first} (the series' first meeting) that fall in [from, to). */
    public List<ZonedDateTime> starts(ZonedDateTime first, ZonedDateTime from, ZonedDateTime to) {
        Recur<ZonedDateTime> recur = new Recur<>(text);
        return recur.getDates(first, from, to).stream()
                .filter(start -> !start.isBefore(from) && start.isBefore(to) && !start.isBefore(first))
                .toList();
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rrule rule && rule.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "RRULE:" + text;
    }
}
