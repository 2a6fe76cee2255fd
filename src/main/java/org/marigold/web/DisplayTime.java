package org.marigold.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;

/** Shows instants in the viewer's own time zone and language: {@code #{displayTime.dateTime(meeting.startsAt)}}. */
@Named
@RequestScoped
public class DisplayTime {

    @Inject
    CurrentUser currentUser;

    /** The viewer's zone; for visitors, the zone of the community the time belongs to, else UTC. */
    public ZoneId zone(ZoneId fallback) {
        return currentUser.account().map(Account::getTimeZone).orElse(fallback == null ? ZoneOffset.UTC : fallback);
    }

    public String dateTime(Instant instant) {
        return dateTime(instant, null);
    }

    public String dateTime(Instant instant, ZoneId visitorZone) {
        return instant == null ? "" : dateTime(instant, zone(visitorZone), locale());
    }

    /** A moment as a person reads it, in their zone and language ("Thursday, March 4, 2027, 7:00 PM EST"): pages and mail. */
    public static String dateTime(Instant instant, ZoneId zone, Locale language) {
        DateTimeFormatter format = language.getLanguage().equals("en")
                ? DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a zzz", language)
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", language);
        return format.withZone(zone).format(instant);
    }

    /**
     * The same moment in another zone (a community's), for a viewer who lives elsewhere; empty when the viewer's zone
     * already gives the same local time.
     */
    public String elsewhere(Instant instant, ZoneId zone) {
        if (instant == null || zone == null
                || zone.getRules().getOffset(instant).equals(zone(zone).getRules().getOffset(instant))) {
            return "";
        }
        return DateTimeFormatter.ofPattern(locale().getLanguage().equals("en") ? "h:mm a zzz" : "HH:mm zzz", locale())
                .withZone(zone).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone(null)).format(instant);
    }

    /** A calendar day (a series' last day), as the viewer's language writes it. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** The time of day, for things that happen during a meeting ("last activity 19:42"). */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).withZone(zone(null)).format(instant);
    }

    /**
     * A phase's countdown as the page first shows it ("9:39", "+0:12" over time), as js/live/timer.mjs goes on to count: a
     * re-rendered timer never flashes raw seconds.
     */
    /** A short length of time: "2 min" for whole minutes, "45 s" otherwise. */
    public static String shortly(int seconds) {
        return seconds % 60 == 0 ? PageMessages.text("time.minutesShort", seconds / 60) : PageMessages.text("time.secondsShort", seconds);
    }

    public String duration(int seconds) {
        return shortly(seconds);
    }

    public String countdown(long seconds) {
        long s = Math.abs(seconds);
        String clock = (s / 60) + ":" + String.format("%02d", s % 60);
        return seconds >= 0 ? clock : "+" + clock;
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
