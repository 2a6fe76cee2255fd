package org.marigold.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.community.CommunitySettings;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.TransitionAction;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.schedule.Rsvp;
import org.marigold.schedule.ScheduleService;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;

/**
 * A year of a community, made by hand so every number can be worked out on paper: 12 meetings and 40 members, on top
 * of the circle (Amara the admin starts every meeting, so she comes to all of them).
 * <ul>
 * <li>members 0–19 come to every meeting; members 20–29 to the even ones (0, 2, …, 10);</li>
 * <li>member 30 + n comes once, to meeting 2 + n (30 to meeting 2, …, 39 to meeting 11);</li>
 * <li>meeting 11: Maya presents and comes, Gabriel the guest (Amara invited him) comes; members 0–4 and 30–32 said yes.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class EngagementIT extends InACircle {

    private static final int MEETINGS = 12;
    private static final int MEMBERS = 40;

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(EngagementIT.class);
    }

    @Inject
    EngagementService engagement;

    @Inject
    ScheduleService schedules;

    private final List<Long> people = new ArrayList<>();
    private final List<Long> year = new ArrayList<>();

    private static boolean comes(int member, int meeting) {
        return member < 20 || (member < 30 && meeting % 2 == 0) || (member >= 30 && meeting == member - 28);
    }

    private void aYear() {
        for (int i = 0; i < MEMBERS; i++) {
            people.add(newMember("Member " + i));
        }
        long template = protocols.templates(admin, slug).stream().filter(t -> "consultancy".equals(t.getCode())).findFirst()
                .map(ProtocolTemplate::getId).orElseThrow();
        for (int k = 0; k < MEETINGS; k++) {
            year.add(meetings.schedule(admin, slug, "Meeting " + k, Instant.now().plus(Duration.ofMinutes(10 + k)), template,
                    k == MEETINGS - 1 ? presenter : null).getId());
        }
        for (int i : List.of(0, 1, 2, 3, 4, 30, 31, 32)) {
            schedules.answer(people.get(i), year.get(11), Rsvp.Answer.YES);
        }
        for (int k = 0; k < MEETINGS; k++) {
            long id = year.get(k);
            move(id, TransitionAction.START, -1);
            for (int i = 0; i < MEMBERS; i++) {
                if (comes(i, k)) {
                    meetings.join(people.get(i), id);
                }
            }
            if (k == 1) {
                move(id, TransitionAction.NEXT, 0);
                meetings.contribute(people.get(0), id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many readers?", null);
            }
            if (k == MEETINGS - 1) {
                meetings.join(presenter, id);
                meetings.join(guest, id);
            }
            move(id, TransitionAction.END, k == 1 ? 1 : 0);
        }
    }

    private EngagementService.Dashboard dashboard(long who) {
        LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
        return engagement.dashboard(who, slug, today.minusDays(1), today.plusDays(1));
    }

    @Test
    void aYearOfMeetingsAddsUpAsWorkedOutByHand() {
        aYear();
        EngagementService.Dashboard dashboard = dashboard(coFacilitator);
        var rows = dashboard.series().meetings();
        assertEquals(MEETINGS, rows.size());
        List<Integer> came = rows.stream().map(EngagementSeries.MeetingRow::participants).toList();
        assertEquals(List.of(31, 21, 32, 22, 32, 22, 32, 22, 32, 22, 32, 24), came,
                "Amara + 20 always + 10 on even meetings + one newcomer from meeting 2 on; meeting 11 also Maya and Gabriel");
        assertEquals(List.of(31, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3), rows.stream().map(EngagementSeries.MeetingRow::newcomers).toList());
        assertEquals(21, rows.get(11).returning());
        assertEquals(1, rows.get(11).guests());
        assertEquals(324, dashboard.series().totalParticipants());
        assertEquals(8, rows.get(11).saidYes());
        assertEquals(5, rows.get(11).saidYesAndCame(), "members 30–32 said yes and stayed away");
        assertEquals(1L, dashboard.series().participation().get(Participation.QUESTIONS));
        assertEquals(1L, rows.get(1).participation().get(Participation.QUESTIONS));

        List<String> lapsed = dashboard.series().lapsed().stream().map(EngagementSeries.Lapsed::name).toList();
        assertEquals(List.of("Felix", "Member 30", "Member 31", "Member 32", "Member 33", "Member 34", "Member 35", "Member 36", "Sam"), lapsed,
                "none of meetings 9–11: the one-timers 30–36, and Felix and Sam who never came (Gabriel is a guest)");

        String csv = EngagementCsv.of(EngagementCsv.Table.MEETINGS, dashboard);
        assertEquals(MEETINGS + 1, csv.lines().count(), csv);
        assertTrue(csv.lines().toList().get(12).startsWith("Meeting 11,"), csv);
        assertTrue(csv.lines().toList().get(12).contains(",24,23,1,3,21,8,0,0,5,"), "participants, members, guests, new, returning, yes: " + csv);

        assertThrows(AccessDenied.class, () -> dashboard(member), "members see no one's numbers but their own");
        assertThrows(NotFound.class, () -> dashboard(outsider));
        LocalDate today = LocalDate.now();
        assertEquals("engagement.range.backwards", assertThrows(Rejected.class,
                () -> engagement.dashboard(admin, slug, today, today.minusDays(3))).messageKey());
    }

    @Test
    void badgesFollowRecordedActivityAndACorrectionChangesThemAtOnce() {
        aYear();
        Map<Long, List<BadgeRule>> badges = engagement.badges(member, slug);
        long regulars = badges.values().stream().filter(earned -> codes(earned).contains("REGULAR")).count();
        assertEquals(21, regulars, "Amara and members 0–19 came to the last four meetings; 20–29 to two of them");
        assertTrue(codes(badges.get(people.get(0))).containsAll(List.of("REGULAR", "FIRST_QUESTION")));
        assertEquals(List.of("PRESENTER"), codes(badges.get(presenter)));
        assertTrue(codes(badges.get(admin)).contains("CONNECTOR"), "Amara invited Gabriel, who came");
        assertEquals(List.of(), codes(badges.get(people.get(25))));

        engagement.remove(admin, year.get(10), admin);
        engagement.remove(admin, year.get(11), admin);
        assertFalse(codes(engagement.badges(member, slug).get(admin)).contains("REGULAR"), "two of the last four now");
        assertEquals(23, dashboard(admin).series().meetings().get(11).participants());
        engagement.add(admin, year.get(11), admin, 30);
        assertTrue(codes(engagement.badges(member, slug).get(admin)).contains("REGULAR"), "three of four again");

        long zero = people.get(0);
        assertEquals("attendance.minutes.negative", assertThrows(Rejected.class, () -> engagement.correct(admin, year.get(11), zero, -5)).messageKey());
        assertEquals("attendance.minutes.tooMany", assertThrows(Rejected.class, () -> engagement.correct(admin, year.get(11), zero, 9999)).messageKey());
        assertEquals("attendance.already", assertThrows(Rejected.class, () -> engagement.add(admin, year.get(11), zero, 10)).messageKey());
        assertThrows(AccessDenied.class, () -> engagement.correct(zero, year.get(11), zero, 60), "a member cannot correct attendance");
        engagement.correct(coFacilitator, year.get(11), zero, 12);
        var row = engagement.attendance(admin, year.get(11)).named().stream().filter(r -> r.person().getId() == zero).findFirst().orElseThrow();
        assertEquals(12, row.minutes());
        assertTrue(row.corrected());
        assertTrue(engagement.attendance(admin, year.get(11)).named().stream().anyMatch(r -> r.isGuest() && r.person().getId() == guest),
                "guests are shown as such");

        engagement.hideMyBadges(zero, true);
        assertFalse(engagement.badges(member, slug).containsKey(zero), "hidden from others");
        assertTrue(engagement.badges(zero, slug).containsKey(zero), "still shown to herself");

        var settings = CommunitySettings.of(communities.community(slug));
        communities.update(admin, slug, communities.community(slug).getVersion(), settings.keepingRecords(true, settings.commentDays()));
        long one = people.get(1);
        assertTrue(engagement.badges(member, slug).values().stream().noneMatch(earned -> codes(earned).contains("REGULAR")),
                "once records are anonymous, who came to which meeting tells no one else");
        assertTrue(codes(engagement.badges(one, slug).get(one)).contains("REGULAR"), "each still sees their own");
        var attendance = engagement.attendance(admin, year.get(11));
        assertEquals(24, attendance.count(), "the count stays");
        assertEquals(List.of(admin), attendance.named().stream().map(r -> r.person().getId()).toList(), "the facilitator is named to herself");
        assertEquals("attendance.anonymous", assertThrows(Rejected.class, () -> engagement.correct(admin, year.get(11), one, 10)).messageKey());
        assertEquals("attendance.anonymous", assertThrows(Rejected.class, () -> engagement.add(admin, year.get(11), one, 10)).messageKey(),
                "whether someone is already there would tell who came");
        assertEquals(24, dashboard(admin).series().meetings().get(11).participants());
        assertTrue(dashboard(admin).series().lapsed().isEmpty(), "who did not come would tell who did");
    }

    @Test
    void eachPersonReadsOnlyTheirOwnHistory() {
        aYear();
        long zero = people.get(0);
        EngagementService.History mine = engagement.history(zero, slug, zero);
        assertEquals(MEETINGS, mine.meetings().size());
        assertEquals(1, mine.total(Participation.QUESTIONS));
        assertEquals("Meeting 11", mine.meetings().get(0).meeting().getTitle(), "latest first");
        assertTrue(codes(mine.badges()).contains("REGULAR"));
        assertEquals(1, engagement.history(people.get(30), slug, people.get(30)).meetings().size());
        assertThrows(AccessDenied.class, () -> engagement.history(zero, slug, people.get(1)));
        assertThrows(AccessDenied.class, () -> engagement.history(admin, slug, zero), "not even an admin");
        String csv = EngagementCsv.of(mine);
        assertEquals(MEETINGS + 1, csv.lines().count());
    }

    private static List<String> codes(List<BadgeRule> rules) {
        return rules == null ? List.of() : rules.stream().map(BadgeRule::getCode).toList();
    }
}
