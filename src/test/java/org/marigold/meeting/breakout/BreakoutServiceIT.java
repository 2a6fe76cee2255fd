package org.marigold.meeting.breakout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.account.Account;
import org.marigold.community.Role;
import org.marigold.community.Visibility;
import org.marigold.library.LibraryService;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceListService;
import org.marigold.library.ResourceUse;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.PostingPace;
import org.marigold.meeting.TransitionAction;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;

/**
 * Breakout groups against the real database: forming, choosing under a cap, moving, late joiners, notes written
 * at once, conflicting edits, finds, broadcasts, who may write where, and what comes back to the room.
 */
@ExtendWith(ArquillianExtension.class)
class BreakoutServiceIT extends InACircle {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(BreakoutServiceIT.class);
    }

    @Inject
    BreakoutService breakouts;

    @Inject
    GroupWorkService work;

    @Inject
    LibraryService library;

    @Inject
    ResourceListService lists;

    private List<String> names(Breakout group) {
        return group.getMembers().stream().map(Account::getDisplayName).toList();
    }

    /** A running meeting in its breakout phase, with Sam and Lena in one group and Gabriel and Noor in the other. */
    private record Room(long meetingId, Breakout samsGroup, Breakout otherGroup, long lena, long noor) {
    }

    private Room inBreakouts() {
        long lena = newMember("Lena");
        long noor = newMember("Noor");
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        for (long who : List.of(presenter, member, guest, lena, noor)) {
            meetings.join(who, id);
        }
        List<Breakout> groups = breakouts.form(admin, id, GroupAssignment.Request.chosenByMembers(2, 2));
        breakouts.choose(member, groups.get(0).getId());
        breakouts.choose(lena, groups.get(0).getId());
        breakouts.choose(guest, groups.get(1).getId());
        breakouts.choose(noor, groups.get(1).getId());
        move(id, TransitionAction.NEXT, 0);
        move(id, TransitionAction.NEXT, 1);
        return new Room(id, breakouts.group(admin, groups.get(0).getId()), breakouts.group(admin, groups.get(1).getId()), lena, noor);
    }

    @Test
    void groupsAreFormedFromThePeoplePresentBalancedWithAFacilitatorEach() {
        long id = consultancy();
        move(id, TransitionAction.OPEN, -1);
        for (long who : List.of(coFacilitator, presenter, member, guest)) {
            meetings.join(who, id);
        }
        move(id, TransitionAction.START, -1);
        var split = GroupAssignment.Split.GROUPS;
        assertThrows(AccessDenied.class, () -> breakouts.form(member, id, GroupAssignment.Request.automatic(split, 2, true, true)));
        assertEquals("breakout.groups.none", assertThrows(Rejected.class, () -> breakouts.form(admin, id, GroupAssignment.Request.automatic(split, 0, true, true))).messageKey());
        assertEquals("breakout.groups.tooMany", assertThrows(Rejected.class, () -> breakouts.form(admin, id, GroupAssignment.Request.automatic(split, 5, true, true))).messageKey());

        var groups = breakouts.form(admin, id, GroupAssignment.Request.automatic(split, 2, true, true));
        assertEquals(List.of(2, 2), groups.stream().map(Breakout::getSize).toList());
        for (var group : breakouts.groups(member, id)) {
            assertEquals(1, group.getMembers().stream().filter(a -> a.getId() == admin || a.getId() == coFacilitator).count(),
                    "one facilitator in each group: " + names(group));
            assertFalse(group.has(presenter), "the presenter listens from the main room");
        }
        assertTrue(breakouts.mine(guest, id).isPresent());
        assertTrue(breakouts.mine(presenter, id).isEmpty());

        var again = breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.PEOPLE_PER_GROUP, 5, false, false));
        assertEquals(1, again.size(), "forming again replaces the groups");
        assertEquals(5, breakouts.groups(admin, id).get(0).getSize());
    }

    @Test
    void aLateJoinerGoesToTheSmallestGroupAndIsTold() {
        long late = person("Lena");
        long later = person("Leo");
        invite(late, Role.MEMBER);
        invite(later, Role.MEMBER);
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        meetings.join(member, id);
        meetings.join(guest, id);
        assertTrue(breakouts.placeLateJoiner(late, id).isEmpty(), "no groups yet, nothing to join");
        meetings.join(late, id);
        breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 2, true, false));
        var sizes = breakouts.groups(admin, id).stream().map(Breakout::getSize).toList();
        assertEquals(4, sizes.stream().mapToInt(Integer::intValue).sum());

        meetings.join(later, id);
        var placed = breakouts.placeLateJoiner(later, id).orElseThrow();
        assertEquals(List.of(3, 2), breakouts.groups(admin, id).stream().map(Breakout::getSize).toList()
                .stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(placed.getName(), breakouts.mine(later, id).orElseThrow().getName());
        assertTrue(breakouts.placeLateJoiner(later, id).isEmpty(), "placed once");
        assertTrue(breakouts.placeLateJoiner(presenter, id).isEmpty(), "the presenter is not placed");
        assertTrue(breakouts.placeLateJoiner(coFacilitator, id).isEmpty(), "facilitators move between groups");
        assertThrows(NotFound.class, () -> breakouts.placeLateJoiner(outsider, id));
    }

    @Test
    void membersChooseTheirGroupUpToTheCap() {
        long lena = newMember("Lena");
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        for (long who : List.of(member, guest, lena)) {
            meetings.join(who, id);
        }
        assertEquals("breakout.cap.invalid", assertThrows(Rejected.class,
                () -> breakouts.form(admin, id, GroupAssignment.Request.chosenByMembers(2, 0))).messageKey());
        List<Breakout> groups = breakouts.form(admin, id, GroupAssignment.Request.chosenByMembers(2, 1));
        assertEquals(List.of(0, 0), groups.stream().map(Breakout::getSize).toList(), "nobody is placed: members choose");

        breakouts.choose(member, groups.get(0).getId());
        Rejected full = assertThrows(Rejected.class, () -> breakouts.choose(lena, groups.get(0).getId()));
        assertEquals("breakout.full", full.messageKey());
        breakouts.choose(lena, groups.get(1).getId());
        assertEquals("breakout.full", assertThrows(Rejected.class, () -> breakouts.choose(member, groups.get(1).getId())).messageKey(),
                "moving yourself into a full group is refused too");
        assertEquals(List.of("Sam"), names(breakouts.mine(member, id).orElseThrow()), "and leaves you where you were");
        assertTrue(breakouts.placeLateJoiner(guest, id).isEmpty(), "when members choose, a late joiner chooses too");
        assertThrows(NotFound.class, () -> breakouts.choose(outsider, groups.get(0).getId()));
    }

    @Test
    void onlyFacilitatorsMovePeopleAndAnyoneMayBeMovedIntoAnyGroup() {
        Room room = inBreakouts();
        assertThrows(AccessDenied.class, () -> breakouts.move(member, room.meetingId(), member, room.otherGroup().getId()));
        breakouts.move(coFacilitator, room.meetingId(), member, room.otherGroup().getId());
        assertEquals(room.otherGroup().getId(), breakouts.mine(member, room.meetingId()).orElseThrow().getId());
        assertEquals(List.of("Lena"), names(breakouts.group(admin, room.samsGroup().getId())));
        assertEquals(3, breakouts.group(admin, room.otherGroup().getId()).getSize(), "a facilitator may go past the cap");
        assertEquals("breakout.noSuchPerson", assertThrows(Rejected.class,
                () -> breakouts.move(admin, room.meetingId(), outsider, room.otherGroup().getId())).messageKey());
        long elsewhere = consultancy();
        move(elsewhere, TransitionAction.START, -1);
        meetings.join(member, elsewhere);
        long foreignGroup = breakouts.form(admin, elsewhere, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 1, true, false))
                .get(0).getId();
        assertEquals("breakout.noSuchGroup", assertThrows(Rejected.class,
                () -> breakouts.move(admin, room.meetingId(), member, foreignGroup)).messageKey());
    }

    @Test
    void twoMembersWritingAtOnceLoseNoNote() throws Exception {
        Room room = inBreakouts();
        long group = room.samsGroup().getId();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (long writer : List.of(member, room.lena())) {
            writers.add(executor.submit(() -> {
                start.await();
                for (int i = 0; i < PostingPace.BURST; i++) { // as fast as anyone may
                    work.addNote(writer, group, "note " + i + " by " + writer);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        Set<String> kept = new HashSet<>(work.notes(member, group).stream().map(BreakoutNote::getBody).toList());
        assertEquals(2 * PostingPace.BURST, kept.size());
        for (int i = 0; i < PostingPace.BURST; i++) {
            assertTrue(kept.contains("note " + i + " by " + member) && kept.contains("note " + i + " by " + room.lena()));
        }
        assertEquals(2 * PostingPace.BURST, breakouts.overview(admin, room.meetingId()).get(0).notes());
        assertTrue(breakouts.overview(admin, room.meetingId()).get(0).group().getLastActivityAt() != null);
    }

    @Test
    void theOverviewShowsEachGroupsLatestNotesAndFindsAndFacilitatorsPinANoteForTheRoomOnce() throws Exception {
        Room room = inBreakouts();
        for (int i = 1; i <= 4; i++) {
            work.addNote(i % 2 == 0 ? member : room.lena(), room.samsGroup().getId(), "Idea " + i);
        }
        work.addFind(room.noor(), room.otherGroup().getId(), ResourceKind.LINK, "Daily 5", "https://example.org/daily5", "Stamina");
        BreakoutService.Summary sams = breakouts.overview(admin, room.meetingId()).get(0);
        assertEquals(List.of("Idea 4", "Idea 3", "Idea 2"), sams.latestNotes().stream().map(BreakoutNote::getBody).toList(),
                "the latest three, newest first");
        assertEquals(4, sams.notes());
        BreakoutService.Summary others = breakouts.overview(admin, room.meetingId()).get(1);
        assertEquals(List.of("Daily 5"), others.latestFinds().stream().map(found -> found.getTitle()).toList());
        assertEquals(List.of(), others.latestNotes());

        long idea = sams.latestNotes().get(0).getId();
        long readBeforePinning = sams.latestNotes().get(0).getVersion(); // the writer's page, open while a facilitator pins
        assertThrows(AccessDenied.class, () -> work.pin(member, idea, true), "a member cannot pin, even by a crafted request");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> pressing = new ArrayList<>();
        for (long facilitator : List.of(admin, coFacilitator)) {
            pressing.add(executor.submit(() -> {
                start.await();
                work.pin(facilitator, idea, true);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> press : pressing) {
            press.get();
        }
        assertEquals(List.of("Idea 4"), work.pinned(room.noor(), room.meetingId()).stream().map(BreakoutNote::getBody).toList(),
                "pinned once, and every group sees it");
        work.editNote(member, idea, readBeforePinning, "Idea 4, sharpened");
        assertEquals("Idea 4, sharpened", work.pinned(member, room.meetingId()).get(0).getBody(), "pinning left its writer's edit fresh");
        work.pin(coFacilitator, idea, false);
        assertEquals(List.of(), work.pinned(admin, room.meetingId()));
    }

    @Test
    void aMemberFloodingTheNotesIsAskedToWaitWhileTheGroupCarriesOn() {
        Room room = inBreakouts();
        long group = room.samsGroup().getId();
        for (int i = 0; i < PostingPace.BURST; i++) {
            work.addNote(member, group, "quick note " + i);
        }
        assertEquals("posting.tooFast", assertThrows(Rejected.class, () -> work.addNote(member, group, "one too many")).messageKey());
        work.addNote(room.lena(), group, "Lena is not held back");
        assertEquals(PostingPace.BURST + 1, work.notes(member, group).size());
    }

    @Test
    void twoEditsFromTheSameTextSaveOneAndTellTheOtherWithTheNewText() throws Exception {
        Room room = inBreakouts();
        BreakoutNote note = work.addNote(member, room.samsGroup().getId(), "Book clubs help");
        long read = note.getVersion();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> editors = new ArrayList<>();
        for (long editor : List.of(member, room.lena())) {
            editors.add(executor.submit(() -> {
                start.await();
                try {
                    work.editNote(editor, note.getId(), read, "Book clubs help, says " + editor);
                    return "saved";
                } catch (StaleNote stale) {
                    return "stale:" + stale.currentBody();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> editor : editors) {
            outcomes.add(editor.get());
        }
        assertEquals(1, outcomes.stream().filter("saved"::equals).count(), outcomes.toString());
        String stored = work.notes(member, room.samsGroup().getId()).get(0).getBody();
        assertEquals("stale:" + stored, outcomes.stream().filter(o -> o.startsWith("stale:")).findFirst().orElseThrow(),
                "the refused editor is shown the text that was saved");
        BreakoutNote now = work.notes(member, room.samsGroup().getId()).get(0);
        work.editNote(room.lena(), now.getId(), now.getVersion(), "Start with book clubs");
        assertEquals("Start with book clubs", work.notes(member, room.samsGroup().getId()).get(0).getBody());
        assertThrows(StaleNote.class, () -> work.deleteNote(member, now.getId(), now.getVersion()),
                "a note changed meanwhile is not deleted unseen");
    }

    @Test
    void aMemberWritesOnlyInTheirOwnGroupAndFacilitatorsAnywhere() {
        Room room = inBreakouts();
        long theirs = room.otherGroup().getId();
        assertThrows(AccessDenied.class, () -> work.addNote(member, theirs, "crafted"));
        assertThrows(AccessDenied.class, () -> work.addFind(member, theirs, ResourceKind.LINK, "x", "https://example.org", null));
        assertThrows(AccessDenied.class, () -> breakouts.callFacilitator(member, theirs, true));
        BreakoutNote guestsNote = work.addNote(guest, theirs, "Guests take part in notes");
        assertThrows(AccessDenied.class, () -> work.editNote(member, guestsNote.getId(), guestsNote.getVersion(), "overwritten"));
        assertThrows(AccessDenied.class, () -> work.deleteNote(member, guestsNote.getId(), guestsNote.getVersion()));
        assertThrows(AccessDenied.class, () -> work.deleteNote(room.noor(), guestsNote.getId(), guestsNote.getVersion()),
                "group members edit each other's notes but delete only their own");
        assertThrows(NotFound.class, () -> work.notes(outsider, theirs));
        assertEquals(List.of("Guests take part in notes"), work.notes(member, theirs).stream().map(BreakoutNote::getBody).toList(),
                "every group's page is open to the meeting to read");

        work.addNote(coFacilitator, theirs, "A facilitator writes in any group");
        assertEquals(2, work.notes(admin, theirs).size());
        assertEquals("breakout.find.membersOnly", assertThrows(Rejected.class,
                () -> work.addFind(guest, theirs, ResourceKind.LINK, "Flipgrid", "https://flipgrid.example", null)).messageKey());
        assertEquals("link", assertThrows(Rejected.class,
                () -> work.addFind(room.noor(), theirs, ResourceKind.LINK, "Bad", "javascript:alert(1)", null)).field());
        assertEquals("note", assertThrows(Rejected.class, () -> work.addNote(member, room.samsGroup().getId(), "  ")).field());
        String script = "<script>alert('x')</script> & read <b>this</b>";
        assertEquals(script, work.addNote(member, room.samsGroup().getId(), script).getBody(), "kept as typed; pages escape it");
    }

    @Test
    void theFlagAndBroadcastsReachTheFacilitatorsAndEveryGroup() {
        Room room = inBreakouts();
        breakouts.callFacilitator(member, room.samsGroup().getId(), true);
        assertTrue(breakouts.overview(admin, room.meetingId()).get(0).group().isNeedsFacilitator());
        assertFalse(breakouts.overview(admin, room.meetingId()).get(1).group().isNeedsFacilitator());
        assertThrows(AccessDenied.class, () -> breakouts.overview(member, room.meetingId()));
        breakouts.callFacilitator(coFacilitator, room.samsGroup().getId(), false);
        assertFalse(breakouts.overview(admin, room.meetingId()).get(0).group().isNeedsFacilitator());

        assertThrows(AccessDenied.class, () -> breakouts.broadcast(member, room.meetingId(), "Everyone come back"));
        assertEquals("breakout.broadcast.empty", assertThrows(Rejected.class,
                () -> breakouts.broadcast(admin, room.meetingId(), " ")).messageKey());
        breakouts.broadcast(admin, room.meetingId(), "Five minutes left");
        breakouts.broadcast(coFacilitator, room.meetingId(), "Pick your top recommendation");
        assertEquals(List.of("Pick your top recommendation", "Five minutes left"),
                breakouts.broadcasts(room.noor(), room.meetingId()).stream().map(Broadcast::getBody).toList());
        assertThrows(NotFound.class, () -> breakouts.broadcasts(outsider, room.meetingId()));
    }

    @Test
    void facilitatorsNameGroupsAndGiveEachItsLensAndStarters() {
        Room room = inBreakouts();
        var list = lists.create(member, slug, "Equity lens", null);
        var article = library.add(member, slug, ResourceKind.ARTICLE, "Dena Simmons on trauma", "https://example.org/simmons",
                null, null, null);
        lists.add(member, list.getId(), article.getId());
        long group = room.samsGroup().getId();
        assertThrows(AccessDenied.class, () -> breakouts.describe(member, group, "Mine", null, null, null));
        assertEquals("name", assertThrows(Rejected.class, () -> breakouts.describe(admin, group, " ", null, null, null)).field());
        assertEquals("lens", assertThrows(Rejected.class,
                () -> breakouts.describe(admin, group, "Equity", "x".repeat(Breakout.LENS_MAX + 1), null, null)).field());
        String other = communities.create(outsider, "Elsewhere", null, Visibility.PRIVATE).getSlugValue();
        var foreign = lists.create(outsider, other, "Theirs", null);
        assertThrows(RuntimeException.class, () -> breakouts.describe(admin, group, "Equity", null, foreign.getId(), null));

        breakouts.describe(admin, group, "Equity lens", "Whose voices are missing from the reading list?", list.getId(), 3);
        Breakout described = breakouts.group(member, group);
        assertEquals("Equity lens", described.getName());
        assertEquals("Whose voices are missing from the reading list?", described.getLens());
        assertEquals("Equity lens", described.getStarterList().getName());
        assertEquals(3, described.getCap());
    }

    @Test
    void aGroupsStarterListCountsAsUsedWhenTheBreakoutsBegin() {
        var list = lists.create(member, slug, "Read-alouds K-3", null);
        var book = library.add(member, slug, ResourceKind.ARTICLE, "Read-aloud routines", "https://example.org/read-alouds",
                null, null, null);
        lists.add(member, list.getId(), book.getId());
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        meetings.join(member, id);
        Breakout group = breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 1, true, false)).get(0);
        breakouts.describe(admin, group.getId(), "Read-alouds", null, list.getId(), null);
        move(id, TransitionAction.NEXT, 0);
        assertTrue(library.uses(member, book.getId()).isEmpty());
        move(id, TransitionAction.NEXT, 1);
        assertEquals(List.of(ResourceUse.How.STARTER), library.uses(member, book.getId()).stream().map(ResourceUse::getHow).toList());
    }

    @Test
    void groupsWithWorkAreNotFormedAgain() {
        Room room = inBreakouts();
        work.addNote(member, room.samsGroup().getId(), "Keep this");
        assertEquals("breakout.reform.hasWork", assertThrows(Rejected.class, () -> breakouts.form(admin, room.meetingId(),
                GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 2, true, false))).messageKey());
        assertEquals(List.of("Keep this"), work.notes(member, room.samsGroup().getId()).stream().map(BreakoutNote::getBody).toList());
    }

    @Test
    void closingTheBreakoutsBringsEveryGroupsWorkToTheRoomWhereNotesBecomeRecommendations() {
        Room room = inBreakouts();
        BreakoutNote note = work.addNote(member, room.samsGroup().getId(), "Try literature circles with roles");
        work.addNote(room.noor(), room.otherGroup().getId(), "Audit the classroom library");
        var find = work.addFind(room.lena(), room.samsGroup().getId(), ResourceKind.ARTICLE, "Literature circles",
                "https://example.org/lit-circles", "Roles keep every reader talking");
        assertTrue(work.results(member, room.meetingId()).isEmpty(), "the room sees the groups' work once they come back");
        assertEquals("contribution.notNow", assertThrows(Rejected.class, () -> work.recommend(member, note.getId())).messageKey());

        move(room.meetingId(), TransitionAction.NEXT, 2);
        var results = work.results(presenter, room.meetingId());
        assertEquals(List.of("Group 1", "Group 2"), results.stream().map(r -> r.group().getName()).toList());
        assertEquals(List.of("Try literature circles with roles"), results.get(0).notes().stream().map(BreakoutNote::getBody).toList());
        assertEquals(List.of("Literature circles"), results.get(0).finds().stream().map(r -> r.getTitle()).toList());
        assertEquals(List.of("Audit the classroom library"), results.get(1).notes().stream().map(BreakoutNote::getBody).toList());
        assertEquals("breakout.closed", assertThrows(Rejected.class,
                () -> work.addNote(member, room.samsGroup().getId(), "too late")).messageKey());

        var stored = library.resource(member, find.getId());
        assertEquals(room.meetingId(), stored.getFoundInMeeting().getId());
        assertEquals("Group 1", stored.getFoundInGroup());

        assertThrows(AccessDenied.class, () -> work.recommend(room.noor(), note.getId()), "another group's note is theirs to recommend");
        Contribution recommendation = work.recommend(room.lena(), note.getId());
        assertEquals(ContributionKind.RECOMMENDATION, recommendation.getKind());
        assertEquals("Try literature circles with roles", recommendation.getBody());
        assertEquals("breakout.note.alreadyRecommended", assertThrows(Rejected.class, () -> work.recommend(member, note.getId())).messageKey());
        assertTrue(meetings.contributions(presenter, room.meetingId()).stream()
                .anyMatch(c -> c.getKind() == ContributionKind.RECOMMENDATION && c.getBody().equals(recommendation.getBody())));
        assertTrue(work.results(member, room.meetingId()).get(0).notes().get(0).isRecommended());
    }
}
