package org.marigold.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.Place;

/**
 * Writes meetings as an iCalendar file that Google Calendar, Outlook and Apple Calendar read: each event keeps one
 * UID for its meeting, so a calendar updates it in place; SEQUENCE grows when what it shows changes; cancelled
 * meetings stay, marked CANCELLED, so calendars remove them; times carry their zone with its VTIMEZONE.
 */
public final class MeetingCalendar {

    /** The product that wrote the file, as iCalendar asks. */
    public static final String PRODUCT = "-//Marigold//Communities of practice//EN";

    private MeetingCalendar() {
    }

    /**
     * One meeting as a calendar shows it: {@code location}, where it happens (a room, a call's link, or both; null when
     * not said); {@code call}, its video call (null for none), which calendars offer to open instead of the page.
     */
    public record Entry(String uid, String title, String description, URI page, ZonedDateTime start, Duration length, int sequence,
                        boolean cancelled, String location, URI call) {
    }

    /**
     * A meeting as a calendar event. Its UID names the meeting and this site, so calendars update it in place; its
     * SEQUENCE rises when what calendars show of it changes, and only then; a cancelled meeting says so; one that has
     * taken place shows when it really began and ended; its place is its LOCATION, and its video call its URL.
     */
    public static Entry entry(Meeting meeting, URI apiBase) {
        URI page = apiBase.resolve("../meeting/live.xhtml?m=" + meeting.getId());
        String description = meeting.getProtocolName()
                + (meeting.getProblem() != null && meeting.getProblem().isWritten() ? "\n" + meeting.getProblem().getTitle() : "")
                + "\n" + page;
        Place place = meeting.getPlace();
        String location = Stream.of(place.getRoom(), place.getCallLink()).filter(Objects::nonNull).collect(Collectors.joining(", "));
        // A meeting that has taken place shows the time it really took (one ended early no longer fills its slot).
        boolean held = meeting.getStartedAt() != null && meeting.getEndedAt() != null;
        Instant start = held ? meeting.getStartedAt() : meeting.getStartsAt();
        Duration length = held ? Duration.between(meeting.getStartedAt(), meeting.getEndedAt()).withNanos(0)
                : Duration.ofMinutes(meeting.getDurationMinutes());
        return new Entry("meeting-" + meeting.getId() + "@" + apiBase.getHost(), meeting.getTitle(), description, page,
                start.atZone(meeting.getCommunity().getTimeZone()), length.isZero() ? Duration.ofMinutes(1) : length,
                meeting.getCalendarRevision(), meeting.isCancelled(),
                location.isEmpty() ? null : location, place.getCallLink() == null ? null : URI.create(place.getCallLink()));
    }

    /** A calendar of these entries, named for the subscriber's list of calendars. */
    public static String write(String name, List<Entry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        Set<ZoneId> used = new LinkedHashSet<>();
        entries.forEach(entry -> used.add(entry.start().getZone()));
        for (ZoneId zone : used) {
            net.fortuna.ical4j.model.TimeZone known = zones.getTimeZone(zone.getId());
            if (known != null) {
                calendar.add(known.getVTimeZone());
            }
        }
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.start(), entry.length(), entry.title());
            event.add(new Uid(entry.uid()));
            event.replace(new DtStamp(now)); // the event comes with a DTSTAMP of its own; RFC 5545 allows one
            event.add(new Sequence(Integer.toString(Math.max(0, entry.sequence()))));
            event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            if (entry.description() != null && !entry.description().isBlank()) {
                event.add(new Description(entry.description()));
            }
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.call() != null || entry.page() != null) {
                event.add(new Url(entry.call() != null ? entry.call() : entry.page()));
            }
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
