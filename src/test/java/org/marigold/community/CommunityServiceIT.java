package org.marigold.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.account.AccountService;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingRepository;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.People;

/** Communities, memberships and invitations against the real database, and who may do what. */
@ExtendWith(ArquillianExtension.class)
class CommunityServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(CommunityServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    CommunityService communities;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingService meetingService;

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    private long person(String name) {
        return accounts.registerConfirmed(People.email(name), name, People.PASSWORD, ZoneId.of("America/Toronto"), Locale.ENGLISH).getId();
    }

    private String community(long admin, Visibility visibility) {
        return communities.create(admin, "Literacy circle", "Grade 3 reading", visibility).getSlugValue();
    }

    private Membership invite(long admin, String slug, long joiner, Role role) {
        String secret = communities.invite(admin, slug, role, Duration.ofDays(7), null, null).secret();
        return communities.join(joiner, secret);
    }

    @Test
    void theFounderBecomesAdminAndTheCommunityKeepsTheirTimeZone() {
        long amara = person("Amara");
        Community created = communities.create(amara, "District Literacy CoP", "We read.", Visibility.LISTED);
        CommunityOverview seen = communities.open(amara, created.getSlugValue());
        assertEquals(Role.ADMIN, seen.myRole());
        assertEquals(1, seen.memberCount());
        assertEquals(ZoneId.of("America/Toronto"), seen.community().getTimeZone());
        assertTrue(communities.mine(amara).stream().anyMatch(o -> o.community().getId().equals(created.getId())));
    }

    @Test
    void communitiesWithTheSameNameGetDifferentAddresses() {
        long amara = person("Amara");
        String first = community(amara, Visibility.PRIVATE);
        String second = community(amara, Visibility.PRIVATE);
        assertNotEquals(first, second);
        assertTrue(second.startsWith("literacy-circle"));
    }

    @Test
    void aPrivateCommunityIsHiddenFromEveryoneButItsMembers() {
        long amara = person("Amara");
        long visitor = person("Visitor");
        String slug = community(amara, Visibility.PRIVATE);
        assertThrows(NotFound.class, () -> communities.open(visitor, slug), "not there for outsiders");
        assertThrows(NotFound.class, () -> communities.open(null, slug));
        assertFalse(communities.directory(null).stream().anyMatch(o -> o.community().getSlugValue().equals(slug)));
        assertTrue(communities.visible(amara).stream().anyMatch(o -> o.community().getSlugValue().equals(slug)));
        assertFalse(communities.visible(visitor).stream().anyMatch(o -> o.community().getSlugValue().equals(slug)));
    }

    @Test
    void aListedCommunityIsOpenToVisitorsButItsMemberListIsNot() {
        long amara = person("Amara");
        long visitor = person("Visitor");
        String slug = community(amara, Visibility.LISTED);
        CommunityOverview seen = communities.open(null, slug);
        assertNull(seen.myRole());
        assertTrue(communities.directory(visitor).stream().anyMatch(o -> o.community().getSlugValue().equals(slug)));
        assertThrows(AccessDenied.class, () -> communities.members(visitor, slug));
    }

    @Test
    void joiningThroughAnInvitationGivesItsRole() {
        long amara = person("Amara");
        long gabriel = person("Gabriel");
        String slug = community(amara, Visibility.PRIVATE);
        Membership joined = invite(amara, slug, gabriel, Role.GUEST);
        assertEquals(Role.GUEST, joined.getRole());
        assertEquals(Role.GUEST, communities.open(gabriel, slug).myRole());
        assertEquals(2, communities.members(amara, slug).size());
        assertEquals(1, communities.invitations(amara, slug).get(0).getUses());
    }

    @Test
    void aMemberWhoFollowsAHigherInvitationIsRaisedAndALowerOneChangesNothing() {
        long amara = person("Amara");
        long maya = person("Maya");
        String slug = community(amara, Visibility.PRIVATE);
        invite(amara, slug, maya, Role.MEMBER);
        assertEquals(Role.FACILITATOR, invite(amara, slug, maya, Role.FACILITATOR).getRole());
        assertEquals(Role.FACILITATOR, invite(amara, slug, maya, Role.GUEST).getRole());
        assertEquals(2, communities.members(amara, slug).size());
    }

    @Test
    void usedUpRevokedAndForgedInvitationsAreRefused() {
        long amara = person("Amara");
        String slug = community(amara, Visibility.PRIVATE);
        String once = communities.invite(amara, slug, Role.MEMBER, Duration.ofDays(1), 1, "one person").secret();
        communities.join(person("First"), once);
        assertEquals("invitation.usedUp", assertThrows(Rejected.class, () -> communities.join(person("Second"), once)).messageKey());

        CommunityService.CreatedInvitation revoked = communities.invite(amara, slug, Role.MEMBER, Duration.ofDays(1), null, null);
        communities.revokeInvitation(amara, slug, revoked.invitation().getId());
        assertEquals("invitation.revoked",
                assertThrows(Rejected.class, () -> communities.join(person("Third"), revoked.secret())).messageKey());
        assertFalse(communities.invitations(amara, slug).stream().anyMatch(i -> i.getId().equals(revoked.invitation().getId())));

        long forger = person("Forger");
        assertEquals("invitation.invalid", assertThrows(Rejected.class,
                () -> communities.join(forger, once.substring(0, once.length() - 2) + "xx")).messageKey());
        assertEquals("invitation.invalid", assertThrows(Rejected.class, () -> communities.join(forger, "anything")).messageKey());
        assertThrows(NotFound.class, () -> communities.open(forger, slug));
    }

    @Test
    void invitationsMustBeValidForADayToAYear() {
        long amara = person("Amara");
        String slug = community(amara, Visibility.PRIVATE);
        assertEquals("validDays", assertThrows(Rejected.class,
                () -> communities.invite(amara, slug, Role.MEMBER, Duration.ofDays(400), null, null)).field());
        assertEquals("maxUses", assertThrows(Rejected.class,
                () -> communities.invite(amara, slug, Role.MEMBER, Duration.ofDays(4), 0, null)).field());
    }

    @Test
    void membersAndGuestsCannotDoAdminWorkEvenByCallingTheServiceDirectly() {
        long amara = person("Amara");
        long maya = person("Maya");
        String slug = community(amara, Visibility.PRIVATE);
        invite(amara, slug, maya, Role.MEMBER);
        Membership amaraMembership = communities.members(amara, slug).stream()
                .filter(m -> m.getAccount().getId() == amara).findFirst().orElseThrow();
        Community community = communities.community(slug);

        assertThrows(AccessDenied.class, () -> communities.update(maya, slug, community.getVersion(), CommunitySettings.of(community).describedAs("Mine now", null, Visibility.LISTED)));
        assertThrows(AccessDenied.class, () -> communities.changeRole(maya, slug, amaraMembership.getId(), Role.GUEST));
        assertThrows(AccessDenied.class, () -> communities.remove(maya, slug, amaraMembership.getId()));
        assertThrows(AccessDenied.class, () -> communities.invite(maya, slug, Role.MEMBER, Duration.ofDays(1), null, null));
        assertThrows(AccessDenied.class, () -> communities.invitations(maya, slug));

        assertEquals("Literacy circle", communities.open(amara, slug).community().getName());
        assertEquals(Role.ADMIN, communities.open(amara, slug).myRole());
    }

    @Test
    void facilitatorsInviteMembersAndGuestsButCannotCreateAdmins() {
        long amara = person("Amara");
        long felix = person("Felix");
        String slug = community(amara, Visibility.PRIVATE);
        invite(amara, slug, felix, Role.FACILITATOR);
        assertEquals(Role.GUEST, invite(felix, slug, person("Guest"), Role.GUEST).getRole());
        assertThrows(AccessDenied.class, () -> communities.invite(felix, slug, Role.ADMIN, Duration.ofDays(1), null, null));
        Membership guest = communities.members(amara, slug).stream().filter(m -> m.getRole() == Role.GUEST).findFirst().orElseThrow();
        assertThrows(AccessDenied.class, () -> communities.changeRole(felix, slug, guest.getId(), Role.MEMBER));
    }

    @Test
    void anAdminOfOneCommunityHasNoPowerInAnother() {
        long amara = person("Amara");
        long other = person("Other admin");
        String mine = community(amara, Visibility.PRIVATE);
        String theirs = community(other, Visibility.PRIVATE);
        Membership theirAdmin = communities.members(other, theirs).get(0);
        assertThrows(NotFound.class, () -> communities.changeRole(amara, theirs, theirAdmin.getId(), Role.GUEST));
        assertThrows(NotFound.class, () -> communities.changeRole(amara, mine, theirAdmin.getId(), Role.GUEST));
        assertEquals(Role.ADMIN, communities.open(other, theirs).myRole());
    }

    @Test
    void theLastAdminCannotLeaveStepDownOrBeRemoved() {
        long amara = person("Amara");
        String slug = community(amara, Visibility.PRIVATE);
        Membership only = communities.members(amara, slug).get(0);
        assertEquals("community.lastAdmin", assertThrows(Rejected.class, () -> communities.leave(amara, slug)).messageKey());
        assertEquals("community.lastAdmin",
                assertThrows(Rejected.class, () -> communities.changeRole(amara, slug, only.getId(), Role.MEMBER)).messageKey());
        assertEquals("community.lastAdmin", assertThrows(Rejected.class, () -> communities.remove(amara, slug, only.getId())).messageKey());
        assertEquals(Role.ADMIN, communities.open(amara, slug).myRole());
    }

    @Test
    void anAdminHandsOverThenLeaves() {
        long amara = person("Amara");
        long felix = person("Felix");
        String slug = community(amara, Visibility.PRIVATE);
        Membership felixMembership = invite(amara, slug, felix, Role.MEMBER);
        communities.changeRole(amara, slug, felixMembership.getId(), Role.ADMIN);
        communities.leave(amara, slug);
        assertThrows(NotFound.class, () -> communities.open(amara, slug));
        assertEquals(1, communities.members(felix, slug).size());
        assertEquals(Role.ADMIN, communities.open(felix, slug).myRole());
    }

    @Test
    void twoAdminsSteppingDownAtOnceLeaveOneAdmin() throws Exception {
        long amara = person("Amara");
        long felix = person("Felix");
        String slug = community(amara, Visibility.PRIVATE);
        Membership felixMembership = invite(amara, slug, felix, Role.ADMIN);
        Membership amaraMembership = communities.members(amara, slug).stream()
                .filter(m -> m.getAccount().getId() == amara).findFirst().orElseThrow();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Membership self : List.of(amaraMembership, felixMembership)) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    communities.changeRole(self.getAccount().getId(), slug, self.getId(), Role.MEMBER);
                    return "stepped down";
                } catch (Rejected rejected) {
                    return rejected.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertTrue(results.contains("stepped down"), results.toString());
        assertTrue(results.contains("community.lastAdmin"), results.toString());
        assertEquals(1, communities.members(felix, slug).stream().filter(m -> m.getRole() == Role.ADMIN).count());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndKeepsTheNewerOne() {
        long amara = person("Amara");
        String slug = community(amara, Visibility.PRIVATE);
        long seenVersion = communities.community(slug).getVersion();
        communities.update(amara, slug, seenVersion, CommunitySettings.of(communities.community(slug)).describedAs("Renamed by a co-admin", null, Visibility.PRIVATE));
        assertEquals("community.changedMeanwhile", assertThrows(Rejected.class,
                () -> communities.update(amara, slug, seenVersion, CommunitySettings.of(communities.community(slug)).describedAs("Stale rename", null, Visibility.PRIVATE))).messageKey());
        assertEquals("Renamed by a co-admin", communities.community(slug).getName());
    }

    @Test
    void unknownAddressesAreNotFound() {
        assertThrows(NotFound.class, () -> communities.open(null, "no-such-community"));
        assertThrows(NotFound.class, () -> communities.open(null, "../../etc/passwd"));
    }

    @Test
    void theNextMeetingIsTheEarliestThatHasNotEnded() throws Exception {
        long amara = person("Amara");
        String slug = community(amara, Visibility.PRIVATE);
        Community community = communities.community(slug);
        java.time.Instant now = java.time.Instant.now();
        transaction.begin();
        meetings.add(new Meeting(community, "Ended an hour ago", now.minus(Duration.ofHours(2)), Duration.ofMinutes(60), now));
        meetings.add(new Meeting(community, "Running now", now.minus(Duration.ofMinutes(10)), Duration.ofMinutes(60), now));
        meetings.add(new Meeting(community, "Next month", now.plus(Duration.ofDays(30)), Duration.ofMinutes(60), now));
        transaction.commit();
        assertEquals("Running now", meetingService.next(community.getId()).orElseThrow().getTitle());
        assertEquals("Running now", meetingService.next(List.of(community.getId())).get(community.getId()).getTitle(),
                "as the home page and the directory read it, for several communities at once");
    }
}
