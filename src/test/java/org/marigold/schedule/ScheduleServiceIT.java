package org.marigold.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.TransitionAction;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;

/** Meeting series against the real database: planning ahead, skipped and moved dates, answers, and calendar feeds read back. */
@ExtendWith(ArquillianExtension.class)
class ScheduleServiceIT extends InACircle {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final URI API = URI.create("https://marigold.example/marigold/api/");

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(ScheduleServiceIT.class);
    }

    @Inject
    ScheduleService schedules;

    private long consultancyTemplate() {
        return protocols.templates(admin, slug).stream().filter(t -> "consultancy".equals(t.getCode())).findFirst()
                .map(ProtocolTemplate::getId).orElseThrow();
    }

    /** Every Thursday at 19:30 in Toronto (the circle's zone, its founder's), from next week. */
    private MeetingSeries thursdays() {
        LocalDate first = LocalDate.now(TORONTO).plusWeeks(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY));
        return schedules.start(admin, slug, new ScheduleService.SeriesForm("Thursday circle", Rrule.weekly(1, java.time.DayOfWeek.THURSDAY),
                first, LocalTime.of(19, 30), 60, consultancyTemplate()));
    }

    private static List<LocalDate> thursdaysAhead(LocalDate first) {
        List<LocalDate> dates = new ArrayList<>();
        Instant horizon = Instant.now().plus(ScheduleService.HORIZON);
        for (LocalDate date = first; ZonedDateTime.of(date, LocalTime.of(19, 30), TORONTO).toInstant().isBefore(horizon); date = date.plusWeeks(1)) {
            dates.add(date);
        }
        return dates;
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Map<String, VEvent> events(String ics) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> property(e, "UID"), Function.identity()));
    }

    @Test
    void aSeriesPlansItsMeetingsAheadAndFollowsSkippedAndMovedDates() {
        assertThrows(AccessDenied.class, () -> schedules.start(member, slug, new ScheduleService.SeriesForm("Mine",
                Rrule.weekly(1, java.time.DayOfWeek.MONDAY), LocalDate.now(), LocalTime.NOON, 60, consultancyTemplate())));
        assertEquals("template", assertThrows(Rejected.class, () -> schedules.start(admin, slug, new ScheduleService.SeriesForm("Bad",
                Rrule.weekly(1, java.time.DayOfWeek.MONDAY), LocalDate.now(), LocalTime.NOON, 60, -5L))).field());

        MeetingSeries series = thursdays();
        List<Meeting> planned = schedules.meetingsOf(member, series.getId());
        assertEquals(thursdaysAhead(series.getFirstDay()), planned.stream().map(Meeting::getOccurrenceDate).toList());
        assertTrue(planned.stream().allMatch(m -> m.getStartsAt().atZone(TORONTO).toLocalTime().equals(LocalTime.of(19, 30))),
                "19:30 on the wall, whatever the season");
        schedules.planAll();
        assertEquals(0, schedules.planAll(), "planning again creates nothing twice");

        LocalDate first = planned.get(0).getOccurrenceDate();
        LocalDate second = planned.get(1).getOccurrenceDate();
        schedules.skip(admin, series.getId(), first);
        assertEquals(MeetingStatus.CANCELLED, schedules.meetingsOf(member, series.getId()).get(0).getStatus());
        schedules.restore(admin, series.getId(), first);
        assertEquals(MeetingStatus.SCHEDULED, schedules.meetingsOf(member, series.getId()).get(0).getStatus());

        schedules.move(admin, series.getId(), second, second.plusDays(1).atTime(18, 0));
        Meeting moved = schedules.meetingsOf(member, series.getId()).get(1);
        assertEquals(ZonedDateTime.of(second.plusDays(1), LocalTime.of(18, 0), TORONTO).toInstant(), moved.getStartsAt());
        assertEquals(second, moved.getOccurrenceDate(), "the meeting keeps the date that names it");

        assertEquals("schedule.move.past", assertThrows(Rejected.class,
                () -> schedules.move(admin, series.getId(), second, LocalDate.now().minusDays(3).atTime(18, 0))).messageKey());
        assertEquals("schedule.notADate", assertThrows(Rejected.class, () -> schedules.skip(admin, series.getId(), second.plusDays(2))).messageKey());
        assertThrows(AccessDenied.class, () -> schedules.skip(member, series.getId(), first));
    }

    private ProtocolTemplate anotherTemplate() {
        return protocols.templates(admin, slug).stream().filter(t -> !"consultancy".equals(t.getCode())).findFirst().orElseThrow();
    }

    @Test
    void aSeriesChangeReachesItsComingMeetingsButNotWhatWasChangedOnOne() {
        MeetingSeries series = thursdays();
        List<Meeting> planned = schedules.meetingsOf(member, series.getId());
        Meeting renamed = planned.get(1);
        meetings.reschedule(admin, renamed.getId(), "Thursday circle with the principal", renamed.getStartsAt());
        Meeting skipped = planned.get(2);
        schedules.skip(admin, series.getId(), skipped.getOccurrenceDate());
        ProtocolTemplate chat = anotherTemplate();
        MeetingSeries seen = schedules.series(admin, slug).stream().filter(s -> s.getId().equals(series.getId())).findFirst().orElseThrow();

        assertThrows(AccessDenied.class, () -> schedules.change(member, series.getId(), seen.getVersion(),
                new ScheduleService.SeriesChange("Mine now", LocalTime.of(18, 0), 90, chat.getId())));
        schedules.change(admin, series.getId(), seen.getVersion(),
                new ScheduleService.SeriesChange("Literacy circle", LocalTime.of(18, 0), 90, chat.getId()));

        List<Meeting> after = schedules.meetingsOf(member, series.getId());
        assertEquals(planned.size(), after.size(), "the same dates");
        for (Meeting meeting : after) {
            if (meeting.getStatus() == MeetingStatus.SCHEDULED) {
                assertEquals(LocalTime.of(18, 0), meeting.getStartsAt().atZone(TORONTO).toLocalTime(), "every coming meeting moves to the new time");
            }
            assertEquals(90, meeting.getDurationMinutes());
            assertEquals(chat.in(series.getLanguage()).getName(), meeting.getProtocolName());
            String expectedTitle = meeting.getId().equals(renamed.getId()) ? "Thursday circle with the principal" : "Literacy circle";
            assertEquals(expectedTitle, meeting.getTitle(), "a meeting renamed by hand keeps its name");
        }
        assertEquals(MeetingStatus.CANCELLED, after.stream().filter(m -> m.getId().equals(skipped.getId())).findFirst().orElseThrow().getStatus(),
                "a skipped date stays skipped");

        assertEquals("schedule.at.empty", assertThrows(Rejected.class, () -> schedules.change(admin, series.getId(),
                current(series).getVersion(), new ScheduleService.SeriesChange("Literacy circle", null, 90, chat.getId()))).messageKey());
        assertEquals("schedule.title", assertThrows(Rejected.class, () -> schedules.change(admin, series.getId(),
                current(series).getVersion(), new ScheduleService.SeriesChange(" ", LocalTime.NOON, 90, chat.getId()))).messageKey());
    }

    /** Two facilitators change the series from the same page at the same moment: one change is made, the other is told. */
    @Test
    void twoFacilitatorsChangingASeriesAtOnceMakeOneChange() throws Exception {
        MeetingSeries series = thursdays();
        long seen = current(series).getVersion();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new ArrayList<>();
        for (long facilitator : List.of(admin, coFacilitator)) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    schedules.change(facilitator, series.getId(), seen,
                            new ScheduleService.SeriesChange("Circle by " + facilitator, LocalTime.of(18, 0), 60, consultancyTemplate()));
                    return "changed";
                } catch (org.marigold.platform.Conflict stale) {
                    return "told";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertEquals(List.of("changed", "told"), results.stream().sorted().toList());
    }

    @Test
    void anEndedSeriesCallsOffItsLaterMeetingsAndCanGoOnAgain() {
        MeetingSeries series = thursdays();
        List<Meeting> planned = schedules.meetingsOf(member, series.getId());
        LocalDate lastDay = planned.get(1).getOccurrenceDate();
        assertThrows(AccessDenied.class, () -> schedules.end(member, series.getId(), lastDay));
        schedules.end(admin, series.getId(), lastDay);
        List<Meeting> ended = schedules.meetingsOf(member, series.getId());
        for (Meeting meeting : ended) {
            assertEquals(meeting.getOccurrenceDate().isAfter(lastDay) ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED, meeting.getStatus(),
                    meeting.getOccurrenceDate().toString());
        }
        schedules.planAll();
        assertTrue(schedules.meetingsOf(member, series.getId()).stream().filter(m -> m.getOccurrenceDate().isAfter(lastDay))
                .allMatch(m -> m.getStatus() == MeetingStatus.CANCELLED), "planning ahead brings nothing back");

        schedules.resume(admin, series.getId());
        assertTrue(schedules.meetingsOf(member, series.getId()).stream().allMatch(m -> m.getStatus() == MeetingStatus.SCHEDULED),
                "resumed: every date is planned again");
    }

    @Test
    void aSecondSeriesAtTheSameTimesIsPointedOut() {
        MeetingSeries series = thursdays();
        ScheduleService.SeriesForm again = new ScheduleService.SeriesForm("Thursday circle, again", Rrule.weekly(1, java.time.DayOfWeek.THURSDAY),
                series.getFirstDay(), LocalTime.of(19, 30), 60, consultancyTemplate());
        assertEquals(List.of("Thursday circle"), schedules.meetingAtTheSameTimes(admin, slug, again));
        ScheduleService.SeriesForm later = new ScheduleService.SeriesForm("Thursday circle, later", Rrule.weekly(1, java.time.DayOfWeek.THURSDAY),
                series.getFirstDay(), LocalTime.of(21, 0), 60, consultancyTemplate());
        assertEquals(List.of(), schedules.meetingAtTheSameTimes(admin, slug, later));
    }

    private MeetingSeries current(MeetingSeries series) {
        return schedules.series(admin, slug).stream().filter(s -> s.getId().equals(series.getId())).findFirst().orElseThrow();
    }

    @Test
    void feedsReadBackWithStableUidsTheZoneAGrowingSequenceAndCancellations() throws Exception {
        MeetingSeries series = thursdays();
        assertThrows(NotFound.class, () -> schedules.communityFeedSecret(outsider, slug));
        String secret = schedules.communityFeedSecret(member, slug);
        assertEquals(secret, schedules.communityFeedSecret(member, slug), "the same address each time");
        String guests = schedules.communityFeedSecret(guest, slug);
        assertNotEquals(secret, guests, "an address of one's own");
        Map<String, VEvent> before = events(schedules.communityFeed(slug, secret, API));
        assertEquals(thursdaysAhead(series.getFirstDay()).size(), before.size());

        LocalDate skipped = series.getFirstDay();
        schedules.skip(admin, series.getId(), skipped);
        Map<String, VEvent> after = events(schedules.communityFeed(slug, secret, API));
        assertEquals(before.keySet(), after.keySet(), "UIDs stay, so calendars update their events in place");
        Meeting first = schedules.meetingsOf(member, series.getId()).get(0);
        VEvent cancelled = after.get("meeting-" + first.getId() + "@marigold.example");
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertTrue(Integer.parseInt(property(cancelled, "SEQUENCE"))
                > Integer.parseInt(property(before.get("meeting-" + first.getId() + "@marigold.example"), "SEQUENCE")));
        assertEquals("America/Toronto", cancelled.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals(LocalTime.of(19, 30), ZonedDateTime.from(cancelled.getDateTimeStart().getDate()).toLocalTime());

        assertThrows(NotFound.class, () -> schedules.communityFeed(slug, "guess", API));
        assertThrows(NotFound.class, () -> schedules.communityFeed(slug, null, API));
        assertThrows(NotFound.class, () -> schedules.communityFeed("another-community", secret, API), "an address serves its community only");
        assertThrows(NotFound.class, () -> schedules.resetCommunityFeed(outsider, slug));
        String renewed = schedules.resetCommunityFeed(member, slug);
        assertNotEquals(secret, renewed);
        assertThrows(NotFound.class, () -> schedules.communityFeed(slug, secret, API), "the old address stops working");
        assertEquals(before.keySet(), events(schedules.communityFeed(slug, renewed, API)).keySet());
        assertEquals(before.keySet(), events(schedules.communityFeed(slug, guests, API)).keySet(), "others' addresses go on working");
        communities.leave(guest, slug);
        assertThrows(NotFound.class, () -> schedules.communityFeed(slug, guests, API), "a member who left keeps no address");

        String mine = schedules.personalFeedSecret(member);
        assertEquals(before.keySet(), events(schedules.personalFeed(mine, API)).keySet(), "my feed holds my communities' meetings");
        assertTrue(events(schedules.personalFeed(schedules.personalFeedSecret(outsider), API)).isEmpty());
        String reset = schedules.resetPersonalFeed(member);
        assertThrows(NotFound.class, () -> schedules.personalFeed(mine, API));
        assertEquals(before.size(), events(schedules.personalFeed(reset, API)).size());
    }

    @Test
    void meetingsChangedByHandStaySoWhenTheSeriesIsPlannedAgainAndTheFeedSaysSo() throws Exception {
        MeetingSeries series = thursdays();
        String secret = schedules.communityFeedSecret(member, slug);
        List<Meeting> planned = schedules.meetingsOf(member, series.getId());
        long first = planned.get(0).getId();
        long second = planned.get(1).getId();
        long oneOff = consultancy();
        Map<String, VEvent> before = events(schedules.communityFeed(slug, secret, API));

        meetings.cancel(admin, first, "Snow day");
        Instant secondLater = planned.get(1).getStartsAt().plus(Duration.ofHours(1));
        meetings.reschedule(admin, second, "Thursday circle, an hour later", secondLater);
        Instant oneOffLater = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        meetings.reschedule(admin, oneOff, "November, moved", oneOffLater);
        meetings.meetAt(admin, oneOff, "https://meet.example.org/literacy", "Room 204");
        schedules.planAll();

        assertEquals(MeetingStatus.CANCELLED, meetings.open(member, first).meeting().getStatus(), "planning ahead keeps it cancelled");
        assertEquals("Snow day", meetings.open(member, first).meeting().getCancelReason());
        assertEquals(secondLater, meetings.open(member, second).meeting().getStartsAt(), "and keeps it moved");
        Map<String, VEvent> after = events(schedules.communityFeed(slug, secret, API));
        assertEquals("CANCELLED", property(after.get(uid(first)), "STATUS"));
        for (long moved : List.of(second, oneOff)) {
            assertEquals(meetings.open(member, moved).meeting().getStartsAt(),
                    ZonedDateTime.from(after.get(uid(moved)).getDateTimeStart().getDate()).toInstant(), "the entry moves");
            assertTrue(Integer.parseInt(property(after.get(uid(moved)), "SEQUENCE")) > Integer.parseInt(property(before.get(uid(moved)), "SEQUENCE")),
                    "its SEQUENCE rises, so calendars take the new time");
            assertEquals("CONFIRMED", property(after.get(uid(moved)), "STATUS"));
        }

        assertEquals("Room 204, https://meet.example.org/literacy", property(after.get(uid(oneOff)), "LOCATION"), "where we meet");
        assertEquals("https://meet.example.org/literacy", property(after.get(uid(oneOff)), "URL"), "the call");
        assertEquals(null, property(after.get(uid(second)), "LOCATION"));

        meetings.reinstate(admin, first);
        schedules.planAll();
        assertEquals(MeetingStatus.SCHEDULED, meetings.open(member, first).meeting().getStatus());
        assertEquals("CONFIRMED", property(events(schedules.communityFeed(slug, secret, API)).get(uid(first)), "STATUS"));
    }

    @Test
    void aMeetingEndedEarlyShowsTheTimeItTookAndPhaseStepsDoNotTouchItsSequence() throws Exception {
        long held = consultancy();
        String secret = schedules.communityFeedSecret(member, slug);
        String planned = property(events(schedules.communityFeed(slug, secret, API)).get(uid(held)), "SEQUENCE");
        move(held, TransitionAction.OPEN, -1);
        move(held, TransitionAction.START, -1);
        move(held, TransitionAction.NEXT, 0);
        move(held, TransitionAction.PREVIOUS, 1);
        assertEquals(planned, property(events(schedules.communityFeed(slug, secret, API)).get(uid(held)), "SEQUENCE"),
                "opening, starting and stepping through phases are nothing a calendar needs to hear of");
        Meeting ended = move(held, TransitionAction.END, 0);
        VEvent entry = events(schedules.communityFeed(slug, secret, API)).get(uid(held));
        assertTrue(Integer.parseInt(property(entry, "SEQUENCE")) > Integer.parseInt(planned), "ending early does");
        assertEquals(ended.getStartedAt().truncatedTo(ChronoUnit.SECONDS), ZonedDateTime.from(entry.getDateTimeStart().getDate()).toInstant());
        Duration took = Duration.parse(property(entry, "DURATION"));
        assertTrue(took.compareTo(Duration.ofMinutes(1)) <= 0 && ended.getDurationMinutes() > 1,
                "it lasts as long as it took (at least a minute), not the " + ended.getDurationMinutes() + " minutes planned: " + took);
    }

    private static String uid(long meetingId) {
        return "meeting-" + meetingId + "@marigold.example";
    }

    @Test
    void membersSayWhetherTheyWillComeAndTheLatestAnswerCounts() {
        long id = consultancy();
        schedules.answer(member, id, Rsvp.Answer.YES);
        schedules.answer(guest, id, Rsvp.Answer.MAYBE);
        schedules.answer(member, id, Rsvp.Answer.NO);
        assertEquals(Map.of(Rsvp.Answer.YES, 0L, Rsvp.Answer.MAYBE, 1L, Rsvp.Answer.NO, 1L), schedules.answers(admin, id));
        assertEquals(Rsvp.Answer.NO, schedules.myAnswer(member, id).orElseThrow());
        assertThrows(NotFound.class, () -> schedules.answer(outsider, id, Rsvp.Answer.YES));
        assertEquals("rsvp", assertThrows(Rejected.class, () -> schedules.answer(member, id, null)).field());
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.END, 0);
        assertEquals("schedule.rsvp.over", assertThrows(Rejected.class, () -> schedules.answer(member, id, Rsvp.Answer.YES)).messageKey());
    }

    @Test
    void aCommunityMovingToAnotherTimeZoneKeepsItsSeriesAtTheSameLocalTimeThere() {
        MeetingSeries series = thursdays();
        ZoneId paris = ZoneId.of("Europe/Paris");
        var settings = org.marigold.community.CommunitySettings.of(communities.community(slug));
        assertThrows(AccessDenied.class, () -> communities.update(member, slug, communities.community(slug).getVersion(), settings.meetingIn(paris)));
        communities.update(admin, slug, communities.community(slug).getVersion(), settings.meetingIn(paris));

        List<Meeting> planned = schedules.meetingsOf(member, series.getId());
        assertEquals(thursdaysAhead(series.getFirstDay()).get(0), planned.get(0).getOccurrenceDate());
        assertTrue(planned.stream().allMatch(m -> m.getStartsAt().atZone(paris).toLocalTime().equals(LocalTime.of(19, 30))),
                "19:30 in Paris now: " + planned.stream().map(m -> m.getStartsAt().atZone(paris)).toList());
        assertEquals("community.commentDays.range", assertThrows(Rejected.class, () -> communities.update(admin, slug,
                communities.community(slug).getVersion(), settings.meetingIn(paris).keepingRecords(false, 91))).messageKey());
        assertEquals(paris, communities.community(slug).getTimeZone(), "the refused change left the zone as it was");
    }
}
