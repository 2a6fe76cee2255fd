package org.marigold.schedule;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marigold.platform.Rejected;

/**
 * When a series meets: a rule, from a first day, at a local time in the community's time zone, for a length. The
 * local time holds across daylight-saving changes (19:30 in Toronto stays 19:30, whatever the offset), and
 * exceptions skip one date or move it.
 */
public record SeriesPlan(Rrule rule, LocalDate firstDay, LocalTime at, ZoneId zone, Duration length) implements Serializable {

    public static final Duration LONGEST = Duration.ofHours(8);

    public SeriesPlan {
        if (rule == null) {
            throw Rejected.onField("rule", "schedule.rule.empty");
        }
        if (firstDay == null) {
            throw Rejected.onField("firstDay", "schedule.firstDay.empty");
        }
        if (at == null) {
            throw Rejected.onField("at", "schedule.at.empty");
        }
        if (length == null || length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw Rejected.onField("minutes", "schedule.length", LONGEST.toMinutes());
        }
    }

    /** A time zone by its IANA name ("America/Toronto"); an unknown name is refused on its field. */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name == null ? "" : name.strip());
        } catch (DateTimeException unknown) {
            throw Rejected.onField("zone", "schedule.zone.unknown");
        }
    }

    /** One date of the series as it will happen: its date by the rule (which names it), and when it starts. */
    public record Occurrence(LocalDate date, ZonedDateTime start, Duration length, boolean moved) {

        public Instant startsAt() {
            return start.toInstant();
        }
    }

    /** One date of the rule skipped ({@code movedTo} null) or moved to another time. */
    public record DateChange(LocalDate date, ZonedDateTime movedTo) implements Serializable {

        public static DateChange skip(LocalDate date) {
            return new DateChange(date, null);
        }

        /** Moves a date; a meeting is not moved into the past. */
        public static DateChange move(LocalDate date, ZonedDateTime to, Instant now) {
            if (to == null) {
                throw Rejected.onField("movedTo", "schedule.move.empty");
            }
            if (!to.toInstant().isAfter(now)) {
                throw Rejected.onField("movedTo", "schedule.move.past");
            }
            return new DateChange(date, to);
        }

        public boolean skips() {
            return movedTo == null;
        }
    }

    /** The first start of the series. */
    public ZonedDateTime firstStart() {
        return ZonedDateTime.of(firstDay, at, zone);
    }

    /** The occurrences starting in [from, to), in order, with the changes applied (a moved date goes where it was moved). */
    public List<Occurrence> between(Instant from, Instant to, List<DateChange> changes) {
        Map<LocalDate, DateChange> byDate = changes.stream().collect(Collectors.toMap(DateChange::date, Function.identity(), (a, b) -> b));
        List<Occurrence> found = new ArrayList<>();
        // A date moved into the window may come from outside it: look a year around the window for the rule's dates.
        ZonedDateTime wideFrom = from.atZone(zone).minusYears(1);
        ZonedDateTime wideTo = to.atZone(zone).plusYears(1);
        for (ZonedDateTime start : rule.starts(firstStart(), wideFrom, wideTo)) {
            LocalDate date = start.toLocalDate();
            DateChange change = byDate.get(date);
            if (change != null && change.skips()) {
                continue;
            }
            ZonedDateTime when = change == null ? start : change.movedTo().withZoneSameInstant(zone);
            if (!when.toInstant().isBefore(from) && when.toInstant().isBefore(to)) {
                found.add(new Occurrence(date, when, length, change != null));
            }
        }
        found.sort(Comparator.comparing(Occurrence::start));
        return found;
    }

    /** Whether the rule has this date (exceptions name dates of the rule). */
    public boolean hasDate(LocalDate date) {
        ZonedDateTime day = date.atStartOfDay(zone);
        return !rule.starts(firstStart(), day, day.plusDays(1)).isEmpty();
    }
}
