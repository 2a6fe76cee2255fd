package org.marigold.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marigold.community.Role;
import org.marigold.schedule.Rsvp;

class EngagementSeriesTest {

    private static final Instant JAN = Instant.parse("2026-01-26T00:30:00Z");

    private static Instant month(int n) {
        return JAN.plusSeconds(n * 30L * 24 * 3600);
    }

    private static EngagementSeries.MeetingFacts meeting(int month, Set<Long> came) {
        return new EngagementSeries.MeetingFacts(month, "M" + month, month(month), came, Map.of(), Map.of());
    }

    private static EngagementSeries.Member member(long id, String name, Role role) {
        return new EngagementSeries.Member(id, name, role, JAN.minusSeconds(3600));
    }

    private static final List<EngagementSeries.Member> CIRCLE = List.of(member(1, "Amara", Role.ADMIN), member(2, "Maya", Role.MEMBER),
            member(3, "Sam", Role.MEMBER), member(4, "Gabriel", Role.GUEST), member(5, "Noor", Role.MEMBER));

    @Test
    void newcomersAreThoseNeverSeenBeforeEvenBeforeTheSpanAndGuestsAreCountedApart() {
        var series = EngagementSeries.of(List.of(meeting(0, Set.of(1L, 2L)), meeting(1, Set.of(1L, 2L, 3L, 4L)), meeting(2, Set.of(1L, 3L, 5L))),
                month(1), CIRCLE);
        assertEquals(List.of(1L, 2L), series.meetings().stream().map(EngagementSeries.MeetingRow::id).toList(), "the first is before the span");
        var second = series.meetings().get(0);
        assertEquals(4, second.participants());
        assertEquals(2, second.newcomers(), "Sam and Gabriel came for the first time");
        assertEquals(2, second.returning());
        assertEquals(1, second.guests());
        assertEquals(3, second.members());
        var third = series.meetings().get(1);
        assertEquals(1, third.newcomers(), "Noor");
        assertEquals(2, third.returning());
        assertEquals(7, series.totalParticipants());
    }

    @Test
    void answersAreSetBesideWhoCame() {
        var facts = new EngagementSeries.MeetingFacts(1, "M", month(0), Set.of(1L, 2L),
                Map.of(1L, Rsvp.Answer.YES, 3L, Rsvp.Answer.YES, 2L, Rsvp.Answer.MAYBE, 5L, Rsvp.Answer.NO), Map.of());
        var row = EngagementSeries.of(List.of(facts), month(0), CIRCLE).meetings().get(0);
        assertEquals(2, row.saidYes());
        assertEquals(1, row.saidMaybe());
        assertEquals(1, row.saidNo());
        assertEquals(1, row.saidYesAndCame(), "Amara said yes and came; Sam said yes and did not");
    }

    @Test
    void contributionsAddUpByKindOverTheSpan() {
        var a = new EngagementSeries.MeetingFacts(1, "A", month(0), Set.of(1L), Map.of(), Map.of(Participation.QUESTIONS, 4L, Participation.NOTES, 2L));
        var b = new EngagementSeries.MeetingFacts(2, "B", month(1), Set.of(1L), Map.of(), Map.of(Participation.QUESTIONS, 1L));
        var series = EngagementSeries.of(List.of(a, b), month(0), CIRCLE);
        assertEquals(5L, series.participation().get(Participation.QUESTIONS));
        assertEquals(2L, series.participation().get(Participation.NOTES));
        assertEquals(0L, series.participation().get(Participation.RESOURCES), "every kind is there, at zero if need be");
    }

    @Test
    void membersWhoMissedTheLastThreeMeetingsAreListedButNotGuestsNorNewMembers() {
        var late = new EngagementSeries.Member(6, "Zoe", Role.MEMBER, month(3));
        List<EngagementSeries.Member> people = new java.util.ArrayList<>(CIRCLE);
        people.add(late);
        var series = EngagementSeries.of(List.of(meeting(0, Set.of(1L, 2L, 3L)), meeting(1, Set.of(1L)), meeting(2, Set.of(1L, 3L)),
                meeting(3, Set.of(1L))), month(0), people);
        assertEquals(List.of("Maya", "Noor"), series.lapsed().stream().map(EngagementSeries.Lapsed::name).toList(),
                "Sam came two meetings ago; Gabriel is a guest; Zoe joined after the third-last");
        assertEquals(month(0), series.lapsed().get(0).lastCame());
        assertNull(series.lapsed().get(1).lastCame(), "Noor never came");
    }

    @Test
    void meetingsWhoseRecordsAreAnonymousCountWhoCameButTellNobodyWhoStoppedComing() {
        var anonymous = new EngagementSeries.MeetingFacts(4, "M4", month(4), Set.of(1L, 2L), true, Map.of(), Map.of());
        var series = EngagementSeries.of(List.of(meeting(0, Set.of(1L, 2L, 3L)), meeting(1, Set.of(1L)), meeting(2, Set.of(1L, 3L)),
                meeting(3, Set.of(1L)), anonymous), month(0), CIRCLE);
        assertEquals(2, series.meetings().get(4).participants(), "counted");
        assertEquals(List.of("Maya", "Noor"), series.lapsed().stream().map(EngagementSeries.Lapsed::name).toList(),
                "the last three meetings that name who came are 1–3: whether Maya came to the anonymous one is not told");
        assertEquals(month(0), series.lapsed().get(0).lastCame());
        var allAnonymous = List.of(meeting(0, Set.of(1L)), meeting(1, Set.of(1L)), meeting(2, Set.of(1L))).stream()
                .map(m -> new EngagementSeries.MeetingFacts(m.id(), m.title(), m.startsAt(), m.attendees(), true, m.answers(), m.participation()))
                .toList();
        assertTrue(EngagementSeries.of(allAnonymous, month(0), CIRCLE).lapsed().isEmpty(), "nobody is named as missing them");
    }

    @Test
    void withFewerThanThreeMeetingsNobodyHasMissedThree() {
        assertTrue(EngagementSeries.of(List.of(meeting(0, Set.of()), meeting(1, Set.of())), month(0), CIRCLE).lapsed().isEmpty());
    }
}
