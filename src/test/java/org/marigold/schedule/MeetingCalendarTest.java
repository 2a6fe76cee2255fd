package org.marigold.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** What calendars read from us: written, then parsed back the way a calendar application would. */
class MeetingCalendarTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void eventsKeepTheirUidZoneSequenceAndCancellation() throws Exception {
        ZonedDateTime january = ZonedDateTime.of(2027, 1, 25, 19, 30, 0, 0, TORONTO);
        String ics = MeetingCalendar.write("Literacy circle", List.of(
                new MeetingCalendar.Entry("meeting-41@marigold", "January Consultancy", "Bring a problem of practice, \"quoted\"; with commas",
                        URI.create("https://marigold.example/meeting/live.xhtml?m=41"), january, Duration.ofMinutes(60), 3, false,
                        "Room 204, https://meet.example/literacy", URI.create("https://meet.example/literacy")),
                new MeetingCalendar.Entry("meeting-42@marigold", "February Consultancy", null, null, january.plusWeeks(5),
                        Duration.ofMinutes(90), 1, true, null, null)), Instant.parse("2026-11-24T00:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals("meeting-41@marigold", property(first, "UID"));
        assertEquals("January Consultancy", property(first, "SUMMARY"));
        assertEquals("3", property(first, "SEQUENCE"));
        assertEquals(1, first.getProperties("DTSTAMP").size(), "RFC 5545 allows one DTSTAMP");
        assertEquals("CONFIRMED", property(first, "STATUS"));
        assertEquals("Bring a problem of practice, \"quoted\"; with commas", property(first, "DESCRIPTION"));
        assertEquals("America/Toronto", first.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals(january.toInstant(), Instant.from(first.getDateTimeStart().getDate()));
        assertEquals("Room 204, https://meet.example/literacy", property(first, "LOCATION"));
        assertEquals("https://meet.example/literacy", property(first, "URL"), "the call is what a calendar opens");
        assertEquals("CANCELLED", property(events.get(1), "STATUS"));
        assertEquals(null, property(events.get(1), "LOCATION"), "no place said, none written");
        assertEquals(1, calendar.getComponents("VTIMEZONE").size(), "the zone's rules travel with the file");
        assertTrue(ics.contains("X-WR-CALNAME:Literacy circle"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line ends, as RFC 5545 says");
    }
}
