package org.marigold.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.library.LibraryQuery;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.support.Deployments;

/** What a newcomer finds on first start with demo data turned on (the README's run command). */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withDemoData(Deployments.marigold(DemoDataIT.class));
    }

    @Inject
    AccountService accounts;

    @Inject
    CommunityService communities;

    @Inject
    LibraryService library;

    @Inject
    DemoData demoData;

    private long login(String email, String password) {
        return accounts.checkPassword(email, password).map(Account::getId)
                .orElseThrow(() -> new AssertionError("The README's demo password for " + email + " does not work"));
    }

    private String slug() {
        return communities.directory(null).stream().map(CommunityOverview::community)
                .filter(c -> c.getName().equals(DemoData.COMMUNITY_NAME)).findFirst().orElseThrow().getSlugValue();
    }

    @Test
    void theReadmesDemoAccountsLogInWithTheirRoles() {
        long amara = login("amara@example.org", "demo-admin-2026");
        Map<String, Role> roles = communities.members(amara, slug()).stream()
                .collect(Collectors.toMap(m -> m.getAccount().getEmail(), Membership::getRole));
        assertEquals(Map.of("amara@example.org", Role.ADMIN, "felix@example.org", Role.FACILITATOR,
                "maya@example.org", Role.MEMBER, "sam@example.org", Role.MEMBER, "gabriel@example.org", Role.GUEST), roles);
        login("felix@example.org", "demo-facilitator-2026");
        login("maya@example.org", "demo-member-2026");
        login("sam@example.org", "demo-member-2026");
        login("gabriel@example.org", "demo-guest-2026");
    }

    @Test
    void theLibraryHoldsTheResourcesOurCommunitiesShare() {
        List<Resource> resources = library.newest(null, slug(), 20);
        List<String> titles = resources.stream().map(Resource::getTitle).toList();
        assertEquals(6, titles.size(), titles.toString());
        for (String expected : List.of("Consultancy protocol", "Dena Simmons", "interrupt racist comments",
                "We Want to Do More Than Survive", "Flipgrid", "Pear Deck")) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(expected)), expected + " in " + titles);
        }
        assertTrue(resources.stream().allMatch(r -> r.getUrl().startsWith("http")));
        assertEquals(3, library.count(null, slug(), new LibraryQuery(null, null, "equity", null)).value(), "tagged, ready to filter");
        assertTrue(resources.stream().anyMatch(r -> "9780807069158".equals(r.getIsbn())));
    }

    @Test
    void theNextMeetingIsOnTheLastMondayEveningInToronto() {
        CommunityOverview seen = communities.open(null, slug());
        Meeting next = meetings.next(seen.community().getId()).orElseThrow();
        ZonedDateTime start = next.getStartsAt().atZone(DemoData.TORONTO);
        assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
        assertTrue(start.plusWeeks(1).getMonth() != start.getMonth(), "the last Monday of its month: " + start);
        assertEquals(LocalTime.of(19, 30), start.toLocalTime());
        assertEquals(60, next.getDurationMinutes());
    }

    @Inject
    MeetingService meetings;

    @Inject
    org.marigold.meeting.record.RecordService records;

    @Test
    void theNextMeetingOpensWithWhatLastMonthsPresenterTried() {
        long maya = login("maya@example.org", "demo-member-2026");
        long next = meetings.next(communities.open(maya, slug()).community().getId()).orElseThrow().getId();
        var lastTime = meetings.lastTime(maya, next).orElseThrow(() -> new AssertionError("no meeting last month"));
        assertEquals("Sam Rivera", lastTime.meeting().getPresenter().getDisplayName());
        assertEquals(1, lastTime.picked().size());
        assertTrue(lastTime.meeting().getFollowUp().startsWith("Sticky-note questions"));
        var record = records.record(maya, lastTime.meeting().getId());
        assertEquals(4, record.attendance());
        assertEquals(2, record.phases().stream().filter(p -> p.phase().getKind() == org.marigold.meeting.PhaseKind.RECOMMENDATIONS)
                .findFirst().orElseThrow().said().size());
        assertTrue(record.commentsOpen() == lastTime.meeting().getEndedAt().plus(java.time.Duration.ofDays(14)).isAfter(java.time.Instant.now()));
    }

    @Test
    void startingAgainSeedsNothingTwice() {
        demoData.seed();
        long named = communities.directory(null).stream()
                .filter(o -> o.community().getName().equals(DemoData.COMMUNITY_NAME)).count();
        assertEquals(1, named);
    }
}
