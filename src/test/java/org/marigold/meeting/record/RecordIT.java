package org.marigold.meeting.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.community.CommunitySettings;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.ProblemOfPractice;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.RunningNotesService;
import org.marigold.meeting.TransitionAction;
import org.marigold.meeting.breakout.BreakoutService;
import org.marigold.meeting.breakout.GroupAssignment;
import org.marigold.meeting.breakout.GroupWorkService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;

/** A whole Consultancy, then its record: in phase order, with what each phase produced, as JSON and as Markdown. */
@ExtendWith(ArquillianExtension.class)
class RecordIT extends InACircle {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(RecordIT.class);
    }

    @Inject
    RecordService records;

    @Inject
    BreakoutService breakouts;

    @Inject
    GroupWorkService work;

    @Inject
    LibraryService library;

    @Inject
    RunningNotesService notes;

    /**
     * A chat's record shows each question's words (not only "Q1") and no presenter's parts; a question held for later
     * says in which phase it came back.
     */
    @Test
    void aChatsRecordShowsItsQuestionsAndAHeldQuestionSaysWhenItCameBack() {
        long chat = meetings.schedule(admin, slug, "Stamina chat", java.time.Instant.now().plusSeconds(60), protocols.templates(admin, slug)
                .stream().filter(t -> "chat".equals(t.getCode())).findFirst().orElseThrow().getId(), null).getId();
        move(chat, TransitionAction.START, -1);
        move(chat, TransitionAction.NEXT, 0);
        meetings.contribute(member, chat, ContributionKind.ANSWER, null, "Twenty minutes", null);
        move(chat, TransitionAction.END, 1);
        MeetingRecord record = records.record(member, chat);
        assertFalse(record.meeting().isPresented(), "no presenter, no problem of practice, no \"what the presenter tried\"");
        String markdown = RecordMarkdown.write(record, "Thursday", RecordIT::label);
        assertTrue(markdown.contains("## 2. Q1\n\n> What does reading stamina look like in your classroom?\n\n- Twenty minutes"), markdown);

        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        Contribution held = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.PROBING, "What did the parents say?", null);
        meetings.holdForLater(admin, held.getId());
        breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 1, true, false));
        move(id, TransitionAction.NEXT, 1);
        move(id, TransitionAction.NEXT, 2);
        meetings.bringBack(admin, held.getId());
        move(id, TransitionAction.END, 3);
        MeetingRecord.Said said = records.record(guest, id).phases().get(1).said().get(0);
        assertTrue(said.held());
        assertEquals(4, said.broughtBackIn(), "brought back in the fourth phase, the recommendations");
        assertEquals(4, RecordJson.of(records.record(guest, id)).phases().get(1).items().get(0).broughtBackInPhase());
    }

    /**
     * A meeting whose contributions are anonymous (chosen before it starts, by a facilitator): nobody but its author is
     * told who asked, noted or found what, facilitators included, while facilitators still hold and merge questions.
     */
    @Test
    void anonymousContributionsNameNobodyButEachToThemselfAndModerationStillWorks() {
        long id = consultancy();
        long lena = newMember("Lena");
        assertThrows(AccessDenied.class, () -> meetings.anonymousContributions(member, id, true), "a member cannot, even by a crafted request");
        meetings.anonymousContributions(coFacilitator, id, true);
        move(id, TransitionAction.START, -1);
        for (long who : List.of(member, lena, presenter)) {
            meetings.join(who, id);
        }
        assertEquals("meeting.anonymous.started", assertThrows(Rejected.class, () -> meetings.anonymousContributions(admin, id, false))
                .messageKey(), "once it has started, nobody's words change hands");
        move(id, TransitionAction.NEXT, 0);
        Contribution asked = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How long are the clubs?", null);
        Contribution again = meetings.contribute(lena, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How long do clubs meet?", null);
        Contribution early = meetings.contribute(lena, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "Why do they stall?", null);
        meetings.merge(admin, again.getId(), asked.getId());
        meetings.holdForLater(coFacilitator, early.getId());
        breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 1, true, false));
        move(id, TransitionAction.NEXT, 1);
        long group = breakouts.mine(member, id).orElseThrow().getId();
        work.addNote(member, group, "Roles: summariser, connector https://example.org/roles");
        long found = work.addFind(member, group, ResourceKind.ARTICLE, "Literature circles", "https://example.org/lit", "Roles keep talk going")
                .getId();
        move(id, TransitionAction.NEXT, 2);
        move(id, TransitionAction.END, 3);

        for (long reader : List.of(admin, coFacilitator, presenter)) {
            MeetingRecord record = records.record(reader, id);
            var questions = record.phases().get(1).said();
            assertEquals(List.of("How long are the clubs?", "Why do they stall?"), questions.stream().map(MeetingRecord.Said::body).toList(),
                    "the duplicate merged, the early question held: moderation works on the content");
            assertTrue(questions.get(1).held());
            assertTrue(questions.stream().allMatch(q -> q.author() == null), "no asker named to " + reader);
            assertNull(record.phases().get(2).groups().get(0).notes().get(0).author());
            assertEquals(List.of(), record.links().stream().filter(link -> link.url().equals("https://example.org/roles"))
                    .map(HarvestedLink::who).filter(java.util.Objects::nonNull).toList(), "the links harvested say where, not who");
        }
        assertEquals("Lena", records.record(lena, id).phases().get(1).said().get(0).author(), "each asker is told of themself");
        assertEquals("Sam", records.record(member, id).phases().get(2).groups().get(0).notes().get(0).author());
        Resource find = library.resource(admin, found);
        assertNull(find.addedByNameFor(admin), "the library does not say who found it");
        assertNull(find.foundInGroupFor(admin), "nor which group, whose members are known");
        assertEquals("Sam", find.addedByNameFor(member));
    }

    /** A facilitator shares an ended meeting's record at a secret link, read without logging in, until they stop. */
    @Test
    void aSharedRecordIsReadAtItsLinkUntilItsFacilitatorStops() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        meetings.join(member, id);
        move(id, TransitionAction.NEXT, 0);
        meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How long are the clubs?", null);
        assertEquals("record.share.notEnded", assertThrows(Rejected.class, () -> records.share(admin, id, true)).messageKey());
        move(id, TransitionAction.END, 1);
        assertThrows(AccessDenied.class, () -> records.share(member, id, true), "a member cannot, even by a crafted request");
        String token = records.share(coFacilitator, id, true).getRecordToken();
        assertEquals(token, records.share(admin, id, true).getRecordToken(), "sharing a shared record keeps its link");

        MeetingRecord shared = records.shared(token);
        assertEquals("How long are the clubs?", shared.phases().get(1).said().get(0).body());
        assertEquals("Sam", shared.phases().get(1).said().get(0).author(), "names as the community's records keep them");
        assertEquals(List.of(), shared.comments(), "the comments stay in the community");
        assertThrows(NotFound.class, () -> records.shared(token.substring(1) + "x"), "a guessed link finds nothing");

        records.share(admin, id, false);
        assertThrows(NotFound.class, () -> records.shared(token), "stopped: the link no longer works");
        String again = records.share(admin, id, true).getRecordToken();
        assertFalse(token.equals(again), "sharing again makes a new link");
        communities.update(admin, slug, communities.community(slug).getVersion(),
                CommunitySettings.of(communities.community(slug)).keepingRecords(true, 14));
        assertNull(records.shared(again).phases().get(1).said().get(0).author(), "a community keeping its records anonymous: no names");
    }

    @Test
    void theRecordKeepsEveryPhaseInOrder() {
        long id = consultancy();
        meetings.writeProblem(presenter, id, new ProblemOfPractice("Book clubs stall in grade 5", "Half the class stops *reading*.",
                "How do I keep [every] reader talking?", List.of("https://example.org/clubs")));
        move(id, TransitionAction.START, -1);
        meetings.join(member, id);
        meetings.join(presenter, id);
        move(id, TransitionAction.NEXT, 0);
        Contribution question = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How long are the clubs?", null);
        meetings.answer(presenter, question.getId(), "Twenty minutes");
        var duplicate = meetings.contribute(admin, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How long do clubs meet?", null);
        meetings.merge(admin, duplicate.getId(), question.getId());
        breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 1, true, false));
        move(id, TransitionAction.NEXT, 1);
        long group = breakouts.mine(member, id).orElseThrow().getId();
        var note = work.addNote(member, group, "Roles: summariser, connector");
        work.addFind(member, group, ResourceKind.ARTICLE, "Literature circles", "https://example.org/lit", "Roles keep talk going");
        move(id, TransitionAction.NEXT, 2);
        Contribution recommendation = meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Try roles for a month", null);
        meetings.vote(admin, recommendation.getId());
        meetings.pick(presenter, recommendation.getId(), true);
        work.recommend(member, note.getId());
        move(id, TransitionAction.NEXT, 3);
        meetings.contribute(presenter, id, ContributionKind.REFLECTION, null, "I will try roles", null);
        move(id, TransitionAction.NEXT, 4);
        meetings.contribute(member, id, ContributionKind.TAKEAWAY, null, "Roles help", null);
        move(id, TransitionAction.END, 5);

        MeetingRecord record = records.record(guest, id);
        assertEquals(3, record.attendance(), "Amara, Sam and Maya joined");
        assertEquals(List.of("Problem presentation", "Clarifying questions", "Breakout research", "Recommendations", "Presenter reflection",
                "Debrief"), record.phases().stream().map(p -> p.phase().getTitle()).toList());
        var questions = record.phases().get(1).said();
        assertEquals(1, questions.size(), "the merged duplicate is left out");
        assertEquals("Sam, Amara", questions.get(0).author(), "and who asked it is credited");
        assertEquals("Twenty minutes", questions.get(0).answer());
        assertEquals("Roles: summariser, connector", record.phases().get(2).groups().get(0).notes().get(0).body());
        assertEquals("Sam", record.phases().get(2).groups().get(0).notes().get(0).author());
        assertEquals(List.of("Amara", "Sam", "Maya"), record.attendees(), "who came, in order of arrival");
        var recommended = record.phases().get(3).said().get(0);
        assertTrue(recommended.picked());
        assertEquals(1, recommended.votes());
        assertNull(recommended.group(), "said in the room");
        var fromGroup = record.phases().get(3).said().get(1);
        assertEquals("Roles: summariser, connector", fromGroup.body());
        assertEquals("Group 1", fromGroup.group(), "credited to the group whose note it was");
        assertEquals("I will try roles", record.phases().get(4).said().get(0).body());

        RecordJson json = RecordJson.of(record);
        assertEquals("Book clubs stall in grade 5", json.problem().title());
        assertEquals("Literature circles", json.phases().get(2).groups().get(0).finds().get(0).title());

        String markdown = RecordMarkdown.write(record, "Monday 30 November 2026, 19:30", RecordIT::label);
        assertTrue(markdown.startsWith("# November\n"), markdown);
        assertTrue(markdown.contains("Half the class stops \\*reading\\*."), "people's asterisks stay text: " + markdown);
        assertTrue(markdown.contains("How do I keep \\[every\\] reader talking?"), markdown);
        assertTrue(markdown.contains("- **recommendation.picked:** Try roles for a month — Sam (+1)"), markdown);
        assertTrue(markdown.contains("- Roles: summariser, connector — Sam *(recommendation.fromGroup Group 1)*\n"), markdown);
        assertEquals("Group 1", json.phases().get(3).items().get(1).group());
        assertTrue(markdown.indexOf("## 2. Clarifying questions") < markdown.indexOf("## 3. Breakout research"), markdown);
        assertTrue(markdown.contains("- [Literature circles](https://example.org/lit): Roles keep talk going"), markdown);

        assertThrows(NotFound.class, () -> records.record(outsider, id));
    }

    /** The classic Consultancy: the presenter restates the focus question after the probing questions; the record keeps both. */
    @Test
    void aRestatedFocusQuestionStandsForItAndTheRecordKeepsBoth() {
        long id = meetings.schedule(admin, slug, "Classic", java.time.Instant.now().plusSeconds(600), protocols.templates(admin, slug)
                .stream().filter(t -> "consultancy-classic".equals(t.getCode())).findFirst().orElseThrow().getId(), presenter).getId();
        meetings.writeProblem(presenter, id, new ProblemOfPractice("Book clubs stall", "Half the class stops reading.",
                "How do I keep every reader talking?", List.of()));
        move(id, TransitionAction.START, -1);
        assertEquals("How do I keep every reader talking?", meetings.focusQuestion(member, id).now());
        for (int phase = 0; phase < 3; phase++) {
            move(id, TransitionAction.NEXT, phase);
        }
        meetings.contribute(presenter, id, ContributionKind.RESTATEMENT, null, "How do I help quiet readers talk in clubs?", null);
        var focus = meetings.focusQuestion(member, id);
        assertEquals("How do I help quiet readers talk in clubs?", focus.now());
        assertEquals("How do I keep every reader talking?", focus.framed());
        move(id, TransitionAction.END, 3);

        MeetingRecord record = records.record(member, id);
        assertEquals("How do I help quiet readers talk in clubs?", record.restated());
        assertEquals("How do I keep every reader talking?", record.meeting().getProblem().getFramingQuestion());
        assertEquals(ContributionKind.RESTATEMENT, record.phases().get(3).said().get(0).kind(), "in the phase it was said in");
        String markdown = RecordMarkdown.write(record, "Monday 30 November 2026, 19:30", RecordIT::label);
        assertTrue(markdown.contains("**focus.restated** How do I help quiet readers talk in clubs?"), markdown);
    }

    /**
     * Links harvested: every address said in the meeting is gathered once, with who said it where; a member adds one
     * to the library with its provenance; of two members adding the same link at once one adds it, the other is told.
     */
    @Test
    void everyLinkSaidInTheMeetingIsGatheredAndAMemberAddsOneToTheLibrary() throws Exception {
        long id = consultancy();
        meetings.writeProblem(presenter, id, new ProblemOfPractice("Book clubs stall", "Half the class stops reading.",
                "How do I keep every reader talking?", List.of("https://example.org/problem")));
        move(id, TransitionAction.START, -1);
        meetings.join(member, id);
        move(id, TransitionAction.NEXT, 0);
        Contribution question = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING,
                "Did you read https://example.org/clubs?", null);
        meetings.answer(presenter, question.getId(), "Yes, and https://example.org/roles.");
        breakouts.form(admin, id, GroupAssignment.Request.automatic(GroupAssignment.Split.GROUPS, 1, true, false));
        move(id, TransitionAction.NEXT, 1);
        long group = breakouts.mine(member, id).orElseThrow().getId();
        work.addNote(member, group, "See https://example.org/clubs and https://example.org/talk");
        move(id, TransitionAction.NEXT, 2);
        meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Start from http://example.org/talk, then vote", null);

        MeetingRecord record = records.record(member, id);
        assertEquals(List.of("https://example.org/problem", "https://example.org/clubs", "https://example.org/roles",
                "https://example.org/talk", "http://example.org/talk"), record.links().stream().map(HarvestedLink::url).toList());
        HarvestedLink talk = record.links().get(3);
        assertEquals("Sam", talk.who());
        assertEquals("Group 1", talk.group(), "said first in the group's note");
        assertEquals("Sam", record.links().get(2).who(), "an answer's address is with its question");

        assertThrows(AccessDenied.class, () -> records.addLinkToLibrary(guest, id, "https://example.org/clubs"));
        assertEquals("record.link.unknown", assertThrows(Rejected.class,
                () -> records.addLinkToLibrary(member, id, "https://example.org/never-said")).messageKey());
        java.util.function.Function<Long, java.util.concurrent.Callable<String>> adding = who -> () -> {
            try {
                return records.addLinkToLibrary(who, id, "https://example.org/clubs").getTitle();
            } catch (Rejected refused) {
                return refused.messageKey();
            }
        };
        List<String> outcomes = atOnce(List.of(adding.apply(member), adding.apply(admin)));
        assertTrue(outcomes.contains("example.org/clubs") && outcomes.contains("resource.duplicate"), outcomes.toString());
        Map<String, Long> held = records.linksInLibrary(member, records.record(member, id));
        assertEquals(Set.of("https://example.org/clubs"), held.keySet());
        Resource added = library.resource(member, held.get("https://example.org/clubs"));
        assertEquals(id, added.getFoundInMeeting().getId(), "found in this meeting");
        assertEquals("Said by Sam in Clarifying questions (November).", added.getDescription());
        var use = library.uses(member, added.getId()).get(0);
        assertEquals(List.of("SAID", "Clarifying questions"), List.of(use.getHow().name(), use.getDetail()), "used in the meeting, said there");
    }

    /**
     * Running notes: a facilitator names a member note-taker (not a guest, not a member naming one); the note-taker writes
     * them, nobody else but facilitators; of two saving over the same version one is refused with the other's text; the
     * record keeps them, with who took them.
     */
    @Test
    void theNoteTakerWritesRunningNotesAndTheRecordKeepsThem() throws Exception {
        long id = consultancy();
        assertThrows(AccessDenied.class, () -> notes.nameNoteTaker(member, id, member));
        assertEquals("notes.noteTaker.notMember", assertThrows(Rejected.class, () -> notes.nameNoteTaker(admin, id, guest)).messageKey());
        assertEquals("notes.noteTaker.notMember", assertThrows(Rejected.class, () -> notes.nameNoteTaker(admin, id, outsider)).messageKey());
        notes.nameNoteTaker(coFacilitator, id, member);
        move(id, TransitionAction.START, -1);
        assertEquals(1, notes.write(member, id, 0, "Maya: stamina drops after ten minutes.").getVersion());
        assertThrows(AccessDenied.class, () -> notes.write(presenter, id, 1, "Mine"));

        java.util.function.Function<Long, java.util.concurrent.Callable<String>> saving = who -> () -> {
            try {
                return "saved " + notes.write(who, id, 1, who == member ? "Sam's version" : "Amara's version").getVersion();
            } catch (org.marigold.meeting.RunningNotes.StaleNotes stale) {
                return "stale: " + stale.currentBody();
            }
        };
        List<String> outcomes = atOnce(List.of(saving.apply(member), saving.apply(admin)));
        assertTrue(outcomes.contains("saved 2") && outcomes.stream().anyMatch(o -> o.startsWith("stale: ") && o.endsWith("version")), outcomes.toString());
        move(id, TransitionAction.END, 0);

        MeetingRecord record = records.record(guest, id);
        assertTrue(record.notes().endsWith("'s version"), record.notes());
        assertEquals("Sam", record.noteTaker());
        String markdown = RecordMarkdown.write(record, "Monday", RecordIT::label);
        assertTrue(markdown.contains("## record.notes"), markdown);
    }

    /** A short meeting that ends at once, with Sam's picked recommendation and his takeaway. */
    private long endedMeeting() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        meetings.join(member, id);
        move(id, TransitionAction.NEXT, 0);
        move(id, TransitionAction.NEXT, 1);
        move(id, TransitionAction.NEXT, 2);
        Contribution recommendation = meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Try reading roles", null);
        meetings.pick(presenter, recommendation.getId(), true);
        meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Shorter clubs", null);
        move(id, TransitionAction.END, 3);
        return id;
    }

    @Test
    void membersWhoMissedItCommentWhileTheCommunityTakesCommentsAndOnlyTheAuthorOrAFacilitatorRemovesOne() {
        long id = endedMeeting();
        long missed = newMember("Noor");
        var comment = records.comment(missed, id, "Sorry I missed it: <b>roles</b> worked in my class");
        assertEquals("Sorry I missed it: <b>roles</b> worked in my class", records.record(member, id).comments().get(0).body(),
                "kept as typed; pages escape it");
        assertEquals("Noor", records.record(member, id).comments().get(0).author());
        assertTrue(records.record(missed, id).comments().get(0).removable(), "its author may remove it");
        assertFalse(records.record(member, id).comments().get(0).removable(), "another member may not");
        assertTrue(records.record(admin, id).comments().get(0).removable(), "a facilitator may");
        assertThrows(AccessDenied.class, () -> records.removeComment(member, comment.getId()));
        assertThrows(AccessDenied.class, () -> records.comment(guest, id, "Guests read records"));
        assertThrows(NotFound.class, () -> records.comment(outsider, id, "Let me in"));
        assertEquals("record.comment.empty", assertThrows(Rejected.class, () -> records.comment(missed, id, "   ")).messageKey());
        assertEquals("record.comment.tooLong", assertThrows(Rejected.class, () -> records.comment(missed, id, "x".repeat(4001))).messageKey());
        assertEquals(1, records.record(member, id).comments().size(), "refused comments left nothing behind");
        assertTrue(RecordMarkdown.write(records.record(member, id), "then", RecordIT::label)
                .contains("- Sorry I missed it: \\<b\\>roles\\</b\\> worked in my class — Noor"));

        records.removeComment(missed, comment.getId());
        assertTrue(records.record(member, id).comments().isEmpty());

        long running = consultancy();
        move(running, TransitionAction.START, -1);
        assertEquals("record.comment.notEnded", assertThrows(Rejected.class, () -> records.comment(member, running, "Too soon")).messageKey());

        communities.update(admin, slug, communities.community(slug).getVersion(),
                CommunitySettings.of(communities.community(slug)).keepingRecords(false, 0));
        assertFalse(records.record(member, id).commentsOpen());
        assertEquals("record.comment.closed", assertThrows(Rejected.class, () -> records.comment(missed, id, "Too late")).messageKey());
    }

    @Test
    void aCommunityThatKeepsRecordsAnonymousShowsWhatWasSaidWithoutWhoSaidIt() {
        long id = endedMeeting();
        records.comment(member, id, "Roles went well");
        communities.update(admin, slug, communities.community(slug).getVersion(),
                CommunitySettings.of(communities.community(slug)).keepingRecords(true, 14));

        MeetingRecord record = records.record(guest, id);
        assertTrue(record.anonymous());
        assertEquals(2, record.attendance(), "the count stays");
        assertTrue(record.attendees().isEmpty(), "the names go");
        var recommendations = record.phases().get(3).said();
        assertEquals("Try reading roles", recommendations.get(0).body());
        assertNull(recommendations.get(0).author());
        assertNull(record.comments().get(0).author());
        RecordJson json = RecordJson.of(record);
        assertNull(json.phases().get(3).items().get(0).author());
        assertTrue(json.attendees().isEmpty());
        String markdown = RecordMarkdown.write(record, "then", RecordIT::label);
        assertFalse(markdown.contains("Sam"), markdown);

        MeetingRecord his = records.record(member, id);
        assertEquals("Sam", his.phases().get(3).said().get(0).author(), "each is named to themself");
        assertEquals(List.of("Sam"), his.attendees());
        assertNull(records.record(admin, id).phases().get(3).said().get(0).author(), "and to nobody else");
    }

    @Test
    void theNextMeetingShowsWhatLastMeetingsPresenterPickedAndTried() {
        long last = endedMeeting();
        assertThrows(AccessDenied.class, () -> meetings.tellWhatWasTried(member, last, "Not mine to tell"));
        assertEquals("followUp.tooLong", assertThrows(Rejected.class,
                () -> meetings.tellWhatWasTried(presenter, last, "x".repeat(4001))).messageKey());
        meetings.tellWhatWasTried(presenter, last, "Roles for three weeks: quieter readers spoke first");

        long next = consultancy();
        var lastTime = meetings.lastTime(member, next).orElseThrow();
        assertEquals(last, lastTime.meeting().getId());
        assertEquals("Roles for three weeks: quieter readers spoke first", lastTime.meeting().getFollowUp());
        assertEquals(List.of("Try reading roles"), lastTime.picked().stream().map(Contribution::getBody).toList(),
                "only what the presenter picked");
        assertEquals("Roles for three weeks: quieter readers spoke first", RecordJson.of(records.record(member, last)).whatWasTried());
        assertTrue(meetings.lastTime(member, last).isEmpty(), "nothing came before the first meeting");
        assertThrows(NotFound.class, () -> meetings.lastTime(outsider, next));
    }

    /** Labels as their keys, but for the colon, which is punctuation. */
    private static String label(String key, Object... arguments) {
        return "punct.colon".equals(key) ? ":" : key;
    }
}
