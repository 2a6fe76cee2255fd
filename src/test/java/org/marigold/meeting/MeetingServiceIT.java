package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.community.Role;
import org.marigold.community.Visibility;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;

/** Running meetings against the real database: transitions, who may act, what may be said when. */
@ExtendWith(ArquillianExtension.class)
class MeetingServiceIT extends InACircle {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(MeetingServiceIT.class);
    }

    @Test
    void theBuiltInTemplatesAreOffered() {
        List<String> codes = protocols.templates(admin, slug).stream().map(ProtocolTemplate::getCode).toList();
        assertEquals(List.of("consultancy", "consultancy-classic", "chat", "what-so-what", "four-as", "flash-consultancy", "tuning",
                "success-analysis", "chalk-talk"), codes.subList(0, 9));
        ProtocolTemplate ours = protocols.templates(admin, slug).get(0);
        assertEquals(List.of(PhaseKind.PRESENTATION, PhaseKind.QUESTIONS, PhaseKind.BREAKOUT, PhaseKind.RECOMMENDATIONS,
                PhaseKind.REFLECTION, PhaseKind.DEBRIEF), ours.getPhases().stream().map(Phase::getKind).toList());
        assertEquals(60, ours.totalMinutes());
        ProtocolTemplate flash = protocols.templates(admin, slug).get(5).in(java.util.Locale.FRENCH);
        assertEquals("Consultation éclair en trios (20 minutes)", flash.getName());
        assertEquals(20, flash.totalMinutes());
        assertEquals("Trios", flash.getPhases().get(2).getTitle());
        assertTrue(flash.getPhases().get(2).getCue().startsWith("Formez des groupes de trois"), flash.getPhases().get(2).getCue());
        long planned = meetings.schedule(admin, slug, "Flash", Instant.now().plus(Duration.ofDays(3)), flash.getId(), presenter).getId();
        assertEquals(20, meetings.open(member, planned).meeting().getDurationMinutes(), "a meeting planned with it takes its phases");
        ProtocolTemplate tuning = protocols.templates(admin, slug).get(6).in(java.util.Locale.forLanguageTag("es"));
        assertEquals("Afinación (retroalimentación cálida y fría)", tuning.getName());
        assertEquals(PhaseKind.FEEDBACK, tuning.getPhases().get(3).getKind());
        assertEquals(Speakers.GROUP, tuning.getPhases().get(3).getSpeakers(), "the presenter listens to the feedback");
    }

    @Test
    void feedbackIsWarmOrCoolAndForThePresenterToHear() {
        long id = meetings.schedule(admin, slug, "Tuning", Instant.now().plus(Duration.ofDays(2)), templateCoded("tuning"), presenter).getId();
        move(id, TransitionAction.START, -1);
        for (int phase = 0; phase < 3; phase++) {
            move(id, TransitionAction.NEXT, phase);
        }
        Contribution cool = meetings.contribute(member, id, ContributionKind.FEEDBACK, ContributionType.COOL, "Where do they choose books?", null);
        assertEquals(ContributionType.COOL, cool.getType());
        Contribution unsaid = meetings.contribute(member, id, ContributionKind.FEEDBACK, null, "The log is clear.", null);
        assertEquals(ContributionType.WARM, unsaid.getType(), "warm when none is said");
        Contribution crafted = meetings.contribute(member, id, ContributionKind.FEEDBACK, ContributionType.PROBING, "Probing feedback?", null);
        assertEquals(ContributionType.WARM, crafted.getType(), "a question's sort is not feedback's");
        assertEquals("floor.presenterListens", assertThrows(AccessDenied.class,
                () -> meetings.contribute(presenter, id, ContributionKind.FEEDBACK, ContributionType.WARM, "My own work is great", null)).messageKey());
    }

    @Test
    void onlyFacilitatorsReadTheRunSheetAndItFollowsTheMeeting() {
        long id = consultancy();
        assertThrows(AccessDenied.class, () -> meetings.runSheet(member, id), "a member cannot read it, even by a crafted request");
        assertThrows(AccessDenied.class, () -> meetings.runSheet(presenter, id));
        assertEquals(List.of(RunSheet.State.LATER), meetings.runSheet(admin, id).rows().stream().map(RunSheet.Row::state).distinct().toList());
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        RunSheet sheet = meetings.runSheet(coFacilitator, id);
        assertEquals(List.of(RunSheet.State.DONE, RunSheet.State.NOW, RunSheet.State.LATER),
                sheet.rows().stream().map(RunSheet.Row::state).distinct().toList());
        assertEquals(5, sheet.rows().get(1).plannedMinutes());
        assertTrue(sheet.getOverMinutes() < 0, "a presentation of seconds leaves the meeting under its plan: " + sheet.getOverMinutes());
    }

    /** Protocols shared as JSON: a built-in exported in French comes back as the community's own; a bad file saves nothing. */
    @Test
    void aProtocolExportedAsJsonIsImportedWholeAndABadFileSavesNothing() {
        long classic = protocols.templates(admin, slug).stream().filter(t -> "consultancy-classic".equals(t.getCode())).findFirst()
                .orElseThrow().getId();
        accounts.speak(coFacilitator, java.util.Locale.FRENCH);
        String json = protocols.exportJson(coFacilitator, slug, classic);
        assertTrue(json.contains("Questions de clarification"), json);
        assertThrows(AccessDenied.class, () -> protocols.exportJson(member, slug, classic));
        assertThrows(AccessDenied.class, () -> protocols.importJson(member, slug, json));

        ProtocolTemplate imported = protocols.importJson(admin, slug, json);
        assertFalse(imported.isBuiltIn());
        assertEquals("Consultation (classique)", imported.getName());
        assertEquals(7, imported.getPhases().size());
        assertEquals(PhaseKind.RESTATEMENT, imported.getPhases().get(3).getKind());
        assertTrue(imported.getPhases().get(1).getCue().startsWith("Les questions de clarification"), "the script comes along");

        int before = protocols.templates(admin, slug).size();
        String broken = json.replace("\"DISCUSSION\"", "\"FISHBOWL\"");
        assertEquals("template.import.kind", assertThrows(Rejected.class, () -> protocols.importJson(admin, slug, broken)).messageKey());
        assertEquals(before, protocols.templates(admin, slug).size(), "nothing saved half-way");
    }

    /** The protocol as a script: a meeting's phase keeps the cue card and norm its facilitator wrote, in every language. */
    @Test
    void aMeetingsPhaseKeepsTheScriptItsFacilitatorWrote() {
        long id = consultancy();
        Phase built = meetings.open(admin, id).meeting().getPhases().get(1);
        assertTrue(built.in(java.util.Locale.FRENCH).getCue().startsWith("Les questions de clarification"), "the built-in script");
        assertThrows(AccessDenied.class, () -> meetings.adjustPhase(member, id, 1, built.getTitle(), built.getInstructions(),
                "Mine", null, 5, false));
        meetings.adjustPhase(coFacilitator, id, 1, built.getTitle(), built.getInstructions(), "Two questions each, then move on.",
                "One question at a time.", built.getMinutes(), false);
        Phase ours = meetings.open(member, id).meeting().getPhases().get(1).in(java.util.Locale.FRENCH);
        assertEquals("Two questions each, then move on.", ours.getCue());
        assertEquals("One question at a time.", ours.getNorm());
        meetings.adjustPhase(admin, id, 1, built.getTitle(), built.getInstructions(), 9, false);
        assertEquals("One question at a time.", meetings.open(member, id).meeting().getPhases().get(1).getNorm(), "kept when only the minutes change");
    }

    @Test
    void adjustingAMeetingsCopyLeavesTheTemplateAlone() {
        long id = consultancy();
        meetings.adjustPhase(admin, id, 1, "Clarifying questions", "Two each", 8, false);
        assertEquals(8, meetings.open(admin, id).meeting().getPhases().get(1).getMinutes());
        assertEquals(5, protocols.templates(admin, slug).get(0).getPhases().get(1).getMinutes());
    }

    @Test
    void twoFacilitatorsPressingNextTogetherMoveTheMeetingOnePhase() throws Exception {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        List<String> results = together(id, TransitionAction.NEXT, SeenRun.atPhase(0));
        assertTrue(results.contains("changed") && results.contains("stale at 1"), results.toString());
        assertEquals(1, meetings.open(member, id).meeting().getPhaseIndex());
        List<Transition> recorded = meetings.transitions(admin, id);
        assertEquals(List.of(TransitionAction.START, TransitionAction.NEXT), recorded.stream().map(Transition::getAction).toList());
    }

    @Test
    void twoFacilitatorsPressingTheSameConsoleButtonTogetherChangeTheMeetingOnce() throws Exception {
        for (TransitionAction action : List.of(TransitionAction.PREVIOUS, TransitionAction.PAUSE, TransitionAction.RESUME,
                TransitionAction.ADD_MINUTES, TransitionAction.END)) {
            long id = consultancy();
            move(id, TransitionAction.START, -1);
            move(id, TransitionAction.NEXT, 0);
            if (action == TransitionAction.RESUME) {
                move(id, TransitionAction.PAUSE, 1);
            }
            Meeting before = meetings.open(admin, id).meeting();
            List<String> results = together(id, action, before.seen());
            assertTrue(results.contains("changed") && results.stream().filter("changed"::equals).count() == 1, action + ": " + results);

            Meeting after = meetings.open(admin, id).meeting();
            List<TransitionAction> recorded = meetings.transitions(admin, id).stream().map(Transition::getAction).toList();
            assertEquals(1, recorded.stream().filter(action::equals).count(), action + " recorded once: " + recorded);
            switch (action) {
                case PREVIOUS -> assertEquals(0, after.getPhaseIndex(), "one phase back");
                case PAUSE -> assertTrue(after.isPaused());
                case RESUME -> assertFalse(after.isPaused());
                case ADD_MINUTES -> assertEquals(before.getPhasePlannedSeconds() + 5 * 60, after.getPhasePlannedSeconds(), "five minutes, not ten");
                case END -> assertEquals(MeetingStatus.ENDED, after.getStatus());
                default -> throw new IllegalStateException();
            }
        }
    }

    /** Amara and Felix press the same button on pages that show the same run, released at the same instant. */
    private List<String> together(long id, TransitionAction action, SeenRun seen) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long facilitator : List.of(admin, coFacilitator)) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    meetings.transition(facilitator, id, action, seen, 5);
                    return "changed";
                } catch (StaleTransition stale) {
                    return "stale at " + stale.currentPhase();
                } catch (Rejected refused) {
                    return "refused: " + refused.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        return results;
    }

    @Test
    void aFacilitatorRenamesReschedulesCancelsAndPlansAMeetingAgain() {
        long id = consultancy();
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        meetings.reschedule(coFacilitator, id, "December circle", later);
        assertEquals("December circle", meetings.open(member, id).meeting().getTitle());
        assertEquals(later, meetings.open(member, id).meeting().getStartsAt());
        Rejected past = assertThrows(Rejected.class, () -> meetings.reschedule(admin, id, "December circle", Instant.now().minusSeconds(60)));
        assertEquals("startsAt", past.field());
        assertEquals("title", assertThrows(Rejected.class, () -> meetings.reschedule(admin, id, "  ", later)).field());

        meetings.cancel(admin, id, "Snow day: the schools are closed.");
        Meeting cancelled = meetings.join(member, id).meeting();
        assertEquals(MeetingStatus.CANCELLED, cancelled.getStatus());
        assertEquals("Snow day: the schools are closed.", cancelled.getCancelReason());
        assertTrue(meetings.present(admin, id).isEmpty(), "opening a cancelled meeting's page records nobody as present");
        assertEquals("meeting.cancelled", assertThrows(Rejected.class, () -> move(id, TransitionAction.OPEN, -1)).messageKey());

        meetings.reinstate(admin, id);
        Meeting again = meetings.open(member, id).meeting();
        assertEquals(MeetingStatus.SCHEDULED, again.getStatus());
        assertEquals(null, again.getCancelReason());
    }

    @Test
    void onlyTheMeetingsOwnFacilitatorsManageItEvenByCallingTheServiceDirectly() {
        long id = consultancy();
        long elsewhere = person("Elsa");
        communities.create(elsewhere, "Elsa's circle", null, Visibility.PRIVATE);
        Instant later = Instant.now().plus(Duration.ofDays(2));
        assertThrows(NotFound.class, () -> meetings.cancel(elsewhere, id, "Not yours"), "a facilitator of another community is an outsider here");
        assertThrows(AccessDenied.class, () -> meetings.cancel(member, id, null));
        assertThrows(AccessDenied.class, () -> meetings.cancel(presenter, id, null));
        assertThrows(AccessDenied.class, () -> meetings.reschedule(guest, id, "Mine", later));
        assertThrows(NotFound.class, () -> meetings.reinstate(outsider, id));
        assertThrows(AccessDenied.class, () -> meetings.changeProtocol(member, id, chatTemplate()));
        Meeting untouched = meetings.open(admin, id).meeting();
        assertEquals(MeetingStatus.SCHEDULED, untouched.getStatus());
        assertEquals("November", untouched.getTitle());
    }

    @Test
    void aPlannedMeetingTakesAFreshCopyOfAnotherProtocolButNotOnceItHasBegun() {
        long id = consultancy();
        meetings.adjustPhase(admin, id, 1, "Our clarifying questions", null, 8, false);
        meetings.changeProtocol(admin, id, chatTemplate());
        Meeting chat = meetings.open(member, id).meeting();
        ProtocolTemplate template = protocols.templates(admin, slug).stream().filter(t -> "chat".equals(t.getCode())).findFirst().orElseThrow();
        assertEquals(template.getPhases().stream().map(Phase::getTitle).toList(), chat.getPhases().stream().map(Phase::getTitle).toList());
        assertEquals(template.totalMinutes(), chat.getDurationMinutes());
        assertEquals("template", assertThrows(Rejected.class, () -> meetings.changeProtocol(admin, id, -5)).field());

        move(id, TransitionAction.START, -1);
        assertEquals("meeting.protocol.locked", assertThrows(Rejected.class, () -> meetings.changeProtocol(admin, id, chatTemplate())).messageKey());
        move(id, TransitionAction.END, 0);
        assertEquals("meeting.protocol.locked", assertThrows(Rejected.class, () -> meetings.changeProtocol(admin, id, chatTemplate())).messageKey());
        assertThrows(Rejected.class, () -> meetings.cancel(admin, id, "Too late"), "an ended meeting is not cancelled");
    }

    @Test
    void facilitatorsSayWhereWeMeetAndOnlyAnHttpsCallIsTaken() {
        long id = consultancy();
        meetings.meetAt(coFacilitator, id, "https://meet.example.org/literacy", "Room 204");
        Place place = meetings.open(member, id).meeting().getPlace();
        assertEquals("https://meet.example.org/literacy", place.getCallLink());
        assertEquals("Room 204", place.getRoom());
        assertEquals("callLink", assertThrows(Rejected.class,
                () -> meetings.meetAt(admin, id, "javascript:alert(document.cookie)", "Room 204")).field());
        assertThrows(AccessDenied.class, () -> meetings.meetAt(member, id, "https://evil.example/", null));
        assertThrows(NotFound.class, () -> meetings.meetAt(outsider, id, "https://evil.example/", null));
        assertEquals("https://meet.example.org/literacy", meetings.open(member, id).meeting().getPlace().getCallLink(), "unchanged");
        assertTrue(meetings.open(member, id).meeting().isCallOpen(Instant.now()), "ten minutes before the start, the call opens");
    }

    private long chatTemplate() {
        return templateCoded("chat");
    }

    private long templateCoded(String code) {
        return protocols.templates(admin, slug).stream().filter(t -> code.equals(t.getCode())).findFirst().orElseThrow().getId();
    }

    @Test
    void everyTransitionIsRecordedWithWhoAndWhen() {
        long id = consultancy();
        meetings.transition(coFacilitator, id, TransitionAction.OPEN, SeenRun.atPhase(-1), 0);
        meetings.transition(admin, id, TransitionAction.START, SeenRun.atPhase(-1), 0);
        meetings.transition(coFacilitator, id, TransitionAction.ADD_MINUTES, meetings.open(admin, id).meeting().seen(), 5);
        List<Transition> recorded = meetings.transitions(admin, id);
        assertEquals(3, recorded.size());
        assertEquals("Felix", recorded.get(0).getActor().getDisplayName());
        assertEquals("Amara", recorded.get(1).getActor().getDisplayName());
        assertEquals(0, recorded.get(2).getToPhase());
        assertEquals(15 * 60, meetings.open(admin, id).meeting().getPhasePlannedSeconds());
    }

    @Test
    void membersAndPresentersCannotMoveTheMeetingEvenByCallingTheServiceDirectly() {
        long id = consultancy();
        assertThrows(AccessDenied.class, () -> meetings.transition(member, id, TransitionAction.START, SeenRun.atPhase(-1), 0));
        assertThrows(AccessDenied.class, () -> meetings.transition(presenter, id, TransitionAction.START, SeenRun.atPhase(-1), 0));
        assertThrows(NotFound.class, () -> meetings.transition(outsider, id, TransitionAction.START, SeenRun.atPhase(-1), 0));
        assertThrows(NotFound.class, () -> meetings.open(outsider, id));
        assertEquals(MeetingStatus.SCHEDULED, meetings.open(admin, id).meeting().getStatus());
    }

    @Test
    void aMemberAppointedCoFacilitatorMayRunThatMeeting() {
        long id = consultancy();
        Meeting meeting = meetings.prepare(admin, id, "November", Instant.now().plusSeconds(600), presenter, Set.of(member));
        assertTrue(meeting.isCoFacilitator(member));
        meetings.transition(member, id, TransitionAction.START, SeenRun.atPhase(-1), 0);
        assertEquals(0, meetings.open(admin, id).meeting().getPhaseIndex());
    }

    @Test
    void eachPhaseTakesOnlyItsOwnKindOfContribution() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        assertEquals("contribution.notNow", assertThrows(Rejected.class,
                () -> meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many students?", null)).messageKey());
        assertEquals("contribution.notNow", assertThrows(Rejected.class,
                () -> meetings.contribute(member, id, null, null, "Sent from a box the phase does not take", null)).messageKey(),
                "the presentation takes nothing: a page that sent its box as the phase moved is told so");
        move(id, TransitionAction.NEXT, 0);
        Contribution question = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many students?", null);
        assertEquals(1, question.getPhaseIndex());
        assertThrows(Rejected.class, () -> meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Book clubs", null));
        assertEquals("contribution.tooLong", assertThrows(Rejected.class,
                () -> meetings.contribute(member, id, ContributionKind.QUESTION, null, "x".repeat(5000), null)).messageKey());
        assertEquals("contribution.empty", assertThrows(Rejected.class,
                () -> meetings.contribute(member, id, ContributionKind.QUESTION, null, "   ", null)).messageKey());
        assertEquals(1, meetings.contributions(member, id).size(), "nothing refused was stored");
    }

    @Test
    void aPersonFloodingQuestionsIsAskedToWaitWhileOthersCarryOn() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        for (int i = 1; i <= PostingPace.BURST; i++) {
            meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "Question " + i, null);
        }
        Rejected refused = assertThrows(Rejected.class,
                () -> meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "One too many", null));
        assertEquals("posting.tooFast", refused.messageKey());
        long wait = (Long) refused.arguments()[0];
        assertTrue(wait >= 1 && wait <= PostingPace.BURST_WINDOW.toSeconds(), "told to wait " + wait + " s");
        long other = guestToMember();
        meetings.contribute(other, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "Someone else may ask", null);
        assertEquals(PostingPace.BURST + 1, meetings.contributions(member, id).size(), "the refused question was not stored");
    }

    @Test
    void thePresenterAnswersAndFacilitatorsHoldProbingQuestionsForLater() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        Contribution clarifying = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many students?", null);
        Contribution early = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "Why do they lose focus?", null);
        Contribution duplicate = meetings.contribute(guestToMember(), id, ContributionKind.QUESTION, null, "How many kids?", null);

        assertThrows(AccessDenied.class, () -> meetings.answer(member, clarifying.getId(), "I think 20"));
        meetings.answer(presenter, clarifying.getId(), "Twenty-four.");
        assertThrows(AccessDenied.class, () -> meetings.holdForLater(member, early.getId()));
        meetings.holdForLater(coFacilitator, early.getId());
        meetings.merge(admin, duplicate.getId(), clarifying.getId());

        List<Contribution> all = meetings.contributions(member, id);
        Contribution answered = all.stream().filter(c -> c.getId().equals(clarifying.getId())).findFirst().orElseThrow();
        assertEquals("Twenty-four.", answered.getAnswer());
        assertTrue(answered.isAnswered());
        Contribution held = all.stream().filter(c -> c.getId().equals(early.getId())).findFirst().orElseThrow();
        assertTrue(held.isHeld());
        assertEquals(ContributionType.PROBING, held.getType());
        assertTrue(all.stream().filter(c -> c.getId().equals(duplicate.getId())).findFirst().orElseThrow().isMerged());
    }

    /**
     * A "clarifying" question that asks the presenter to think is made probing by a facilitator during the questions;
     * two facilitators pressing at once change it once, and its asker can be told who did. Not a member; not once the
     * questions are over.
     */
    @Test
    void facilitatorsRetagAQuestionDuringTheQuestionsAndTwoAtOnceChangeItOnce() throws Exception {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        Contribution asked = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING,
                "What would change if they chose their own books?", null);
        assertThrows(AccessDenied.class, () -> meetings.retag(member, asked.getId(), ContributionType.PROBING));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Contribution>> presses = new ArrayList<>();
        for (long facilitator : List.of(admin, coFacilitator)) {
            presses.add(executor.submit(() -> {
                start.await();
                return meetings.retag(facilitator, asked.getId(), ContributionType.PROBING);
            }));
        }
        start.countDown();
        for (Future<Contribution> press : presses) {
            assertEquals(ContributionType.PROBING, press.get().getType(), "neither press refused");
        }
        Contribution probing = meetings.contributions(member, id).stream().filter(c -> c.getId().equals(asked.getId())).findFirst().orElseThrow();
        assertEquals(ContributionType.PROBING, probing.getType());
        assertTrue(List.of(admin, coFacilitator).contains(probing.getRetaggedBy().getId()), "the asker can be told who");

        assertEquals(ContributionType.CLARIFYING, meetings.retag(admin, asked.getId(), ContributionType.CLARIFYING).getType(), "and back");
        move(id, TransitionAction.NEXT, 1);
        Rejected over = assertThrows(Rejected.class, () -> meetings.retag(admin, asked.getId(), ContributionType.PROBING));
        assertEquals("question.retag.notNow", over.messageKey());
    }

    /**
     * The phase's time runs out as its facilitator presses "Next" on a page that showed it: the meeting moves on once,
     * whichever comes first (the other finds the meeting moved: a stale step, or a phase not due).
     */
    @Test
    void aPhaseMovingOnByItselfAsItsFacilitatorPressesNextMovesOnOnce() throws Exception {
        long id = consultancy();
        Phase first = meetings.open(admin, id).meeting().getPhases().get(0);
        meetings.adjustPhase(admin, id, 0, first.getTitle(), first.getInstructions(), first.getMinutes(), true);
        move(id, TransitionAction.START, -1);
        Instant up = Instant.now().plus(Duration.ofMinutes(first.getMinutes())).plus(Meeting.MOVE_ON_GRACE);

        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> timer = executor.submit(() -> {
            start.await();
            return meetings.moveOnDuePhases(up);
        });
        Future<String> facilitator = executor.submit(() -> {
            start.await();
            try {
                meetings.transition(coFacilitator, id, TransitionAction.NEXT, SeenRun.atPhase(0), 0);
                return "moved";
            } catch (StaleTransition stale) {
                return "stale";
            }
        });
        start.countDown();
        int timerMoved = timer.get();
        String pressed = facilitator.get();
        assertEquals(1, meetings.open(member, id).meeting().getPhaseIndex(), "one move, not two (timer " + timerMoved + ", Next " + pressed + ")");
        assertEquals(1, timerMoved + ("moved".equals(pressed) ? 1 : 0), "exactly one of them moved it");
    }

    /**
     * Gentle timing: a phase set to move on by itself moves on once its time is up and everyone was told, once even when
     * two servers look at the same moment; a facilitator (not a member) can stay instead.
     */
    @Test
    void aPhaseThatMovesOnByItselfMovesOnOnceEvenWithTwoServersAndStaysWhenAFacilitatorSays() throws Exception {
        long id = consultancy();
        for (int phase = 0; phase <= 1; phase++) {
            Phase planned = meetings.open(admin, id).meeting().getPhases().get(phase);
            meetings.adjustPhase(admin, id, phase, planned.getTitle(), planned.getInstructions(), planned.getMinutes(), true);
        }
        move(id, TransitionAction.START, -1);
        assertEquals(0, meetings.moveOnDuePhases(Instant.now()), "not before its time is up");
        Instant up = Instant.now().plus(Duration.ofMinutes(meetings.open(admin, id).meeting().getPhases().get(0).getMinutes()))
                .plus(Meeting.MOVE_ON_GRACE);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> servers = new ArrayList<>();
        for (int server = 0; server < 2; server++) {
            servers.add(executor.submit(() -> {
                start.await();
                return meetings.moveOnDuePhases(up);
            }));
        }
        start.countDown();
        int moved = 0;
        for (Future<Integer> server : servers) {
            moved += server.get();
        }
        assertEquals(1, moved, "moved on once");
        assertEquals(1, meetings.open(member, id).meeting().getPhaseIndex());
        Transition last = meetings.transitions(admin, id).stream().max(java.util.Comparator.comparing(Transition::getHappenedAt)).orElseThrow();
        assertEquals(TransitionAction.NEXT, last.getAction());
        assertNull(last.getActor(), "nobody pressed: the time was up");

        assertThrows(AccessDenied.class, () -> meetings.transition(member, id, TransitionAction.STAY, SeenRun.atPhase(1), 0));
        meetings.transition(coFacilitator, id, TransitionAction.STAY, SeenRun.atPhase(1), 0);
        assertFalse(meetings.open(member, id).meeting().isMovingOn());
        assertEquals(0, meetings.moveOnDuePhases(up.plus(Duration.ofHours(1))), "a facilitator stayed");
    }

    /**
     * Breakout groups close gently: two facilitators asking together close them once (the second is told they are
     * closing), a member cannot, the warning's length is the facilitators' to choose, and the groups close by
     * themselves once it has run.
     */
    @Test
    void twoFacilitatorsClosingTheGroupsTogetherCloseThemOnceWhenTheWarningHasRun() throws Exception {
        long id = consultancy();
        assertThrows(AccessDenied.class, () -> meetings.warnGroupsBefore(member, id, 30));
        assertEquals("meeting.groupsWarning.range",
                assertThrows(Rejected.class, () -> meetings.warnGroupsBefore(coFacilitator, id, 3)).messageKey());
        meetings.warnGroupsBefore(coFacilitator, id, 30);
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        move(id, TransitionAction.NEXT, 1);
        assertEquals(PhaseKind.BREAKOUT, meetings.open(member, id).meeting().currentPhase().getKind());
        assertThrows(AccessDenied.class, () -> meetings.transition(member, id, TransitionAction.CLOSE_GROUPS, SeenRun.atPhase(2), 0));

        List<String> results = together(id, TransitionAction.CLOSE_GROUPS, meetings.open(admin, id).meeting().seen());
        assertTrue(results.contains("changed") && results.contains("refused: meeting.closeGroups.already"), results.toString());
        Meeting closing = meetings.open(member, id).meeting();
        assertTrue(closing.isClosingGroups());
        assertTrue(closing.remaining(Instant.now()).getSeconds() <= 30, "half a minute, as chosen");
        assertEquals(0, meetings.moveOnDuePhases(Instant.now()), "not before the warning has run");
        assertEquals(1, meetings.moveOnDuePhases(Instant.now().plusSeconds(30).plus(Meeting.MOVE_ON_GRACE)));
        Meeting back = meetings.open(member, id).meeting();
        assertEquals(PhaseKind.RECOMMENDATIONS, back.currentPhase().getKind());
        assertFalse(back.isClosingGroups());
    }

    @Test
    void theLivePageReadsOnlyThePhasesLatestAndWhatItKeepsFromEarlier() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        List<Contribution> asked = new ArrayList<>();
        for (int person = 0; person < 9; person++) {
            long asker = newMember("Asker " + person);
            for (int i = 0; i < PostingPace.BURST; i++) {
                asked.add(meetings.contribute(asker, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "Question " + asked.size(), null));
            }
        }
        meetings.merge(admin, asked.get(44).getId(), asked.get(0).getId());
        List<Contribution> standing = asked.subList(0, 44);

        MeetingService.OnScreen latest = meetings.onScreen(member, id, 40);
        assertEquals(44, latest.saidInPhase(), "the merged question is not counted");
        assertEquals(standing.subList(4, 44).stream().map(Contribution::getId).toList(),
                latest.said().stream().map(Contribution::getId).toList(), "the latest forty, oldest first");
        assertEquals(44, meetings.onScreen(member, id, null).said().size());
        assertTrue(meetings.contribution(member, id, asked.get(1).getId()).isPresent());
        assertThrows(NotFound.class, () -> meetings.onScreen(outsider, id, 40));

        long other = consultancy();
        assertTrue(meetings.contribution(member, other, asked.get(1).getId()).isEmpty(), "not a contribution of that meeting");

        for (int phase = 1; phase < 3; phase++) {
            move(id, TransitionAction.NEXT, phase);
        }
        assertTrue(meetings.onScreen(member, id, 40).said().isEmpty(), "a new phase starts empty");
        Contribution idea = meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Try book clubs", null);
        move(id, TransitionAction.NEXT, 3);
        MeetingService.OnScreen reflecting = meetings.onScreen(presenter, id, 40);
        assertEquals(List.of(idea.getId()), reflecting.said().stream().map(Contribution::getId).toList(),
                "the recommendations stay in sight while the presenter reflects");
        assertEquals(0, reflecting.saidInPhase());
    }

    /**
     * A phase that shows nothing yet lets pages step to it from the push alone: not before the start, not once
     * something is said in it, not while paused, never a breakout, not while the presenter reflects on what was
     * recommended.
     */
    @Test
    void aPhaseShowsNothingYetUntilSomethingIsSaidInItOrKeptForIt() {
        long id = consultancy();
        assertFalse(showsNothingYet(id), "not running yet");
        move(id, TransitionAction.START, -1);
        assertTrue(showsNothingYet(id), "the presentation, just begun");
        move(id, TransitionAction.NEXT, 0);
        assertTrue(showsNothingYet(id), "the questions, none asked yet");
        move(id, TransitionAction.PAUSE, 1);
        assertFalse(showsNothingYet(id), "paused: the page shows it");
        move(id, TransitionAction.RESUME, 1);
        meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many readers?", null);
        assertFalse(showsNothingYet(id), "a question asked");
        move(id, TransitionAction.NEXT, 1);
        assertFalse(showsNothingYet(id), "a breakout shows its groups");
        move(id, TransitionAction.NEXT, 2);
        assertTrue(showsNothingYet(id), "recommendations, none yet");
        meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Try book clubs", null);
        move(id, TransitionAction.NEXT, 3);
        assertFalse(showsNothingYet(id), "the recommendations stay in sight while the presenter reflects");
    }

    private boolean showsNothingYet(long meetingId) {
        return meetings.showsNothingYet(meetings.open(admin, meetingId).meeting());
    }

    /** The guest is made a member here: guests do not ask consultancy questions. */
    private long guestToMember() {
        long second = person("Second member");
        invite(second, Role.MEMBER);
        return second;
    }

    @Test
    void guestsTakePartInChatsButNotInConsultancyWork() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        assertThrows(AccessDenied.class, () -> meetings.contribute(guest, id, ContributionKind.QUESTION, null, "Can I ask?", null));
        for (int phase = 1; phase < 5; phase++) {
            move(id, TransitionAction.NEXT, phase);
        }
        Contribution takeaway = meetings.contribute(guest, id, ContributionKind.TAKEAWAY, null, "Great protocol", null);
        assertEquals(ContributionKind.TAKEAWAY, takeaway.getKind());
    }

    @Test
    void thePresenterListensAsTheProtocolAsksEvenByCallingTheServiceDirectly() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        AccessDenied asked = assertThrows(AccessDenied.class,
                () -> meetings.contribute(presenter, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "Shall I ask myself?", null));
        assertEquals("floor.presenter.QUESTION", asked.messageKey(), "the presenter is asked, and answers");
        Contribution question = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.PROBING, "What have you tried?", null);
        meetings.holdForLater(admin, question.getId());

        long classic = meetings.schedule(admin, slug, "Classic", Instant.now().plusSeconds(600), protocols.templates(admin, slug).stream()
                .filter(t -> "consultancy-classic".equals(t.getCode())).findFirst().orElseThrow().getId(), presenter).getId();
        move(classic, TransitionAction.START, -1);
        move(classic, TransitionAction.NEXT, 0);
        Contribution held = meetings.contribute(member, classic, ContributionKind.QUESTION, ContributionType.PROBING, "Which books?", null);
        move(classic, TransitionAction.NEXT, 1);
        move(classic, TransitionAction.NEXT, 2);
        // After the probing questions the presenter restates the focus question; it then stands for it everywhere.
        assertEquals(PhaseKind.RESTATEMENT, meetings.open(member, classic).meeting().currentPhase().getKind());
        assertNull(meetings.focusQuestion(member, classic), "no question framed yet");
        assertEquals("floor.presenterSpeaks", assertThrows(AccessDenied.class, () -> meetings.contribute(member, classic,
                ContributionKind.RESTATEMENT, null, "My version", null)).messageKey(), "the presenter's to restate");
        meetings.contribute(presenter, classic, ContributionKind.RESTATEMENT, null, "How do I choose books my readers want?", null);
        FocusQuestion focus = meetings.focusQuestion(member, classic);
        assertEquals("How do I choose books my readers want?", focus.now());
        assertTrue(focus.restated());
        move(classic, TransitionAction.NEXT, 3);
        assertEquals(Speakers.GROUP, meetings.open(member, classic).meeting().currentPhase().getSpeakers(), "the discussion, presenter silent");
        AccessDenied spoke = assertThrows(AccessDenied.class,
                () -> meetings.contribute(presenter, classic, ContributionKind.NOTE, null, "But I did try that", null));
        assertEquals("floor.presenterListens", spoke.messageKey());
        assertEquals("floor.presenterListens", assertThrows(AccessDenied.class,
                () -> meetings.answer(presenter, held.getId(), "Graphic novels")).messageKey(), "nor answers a question meanwhile");
        meetings.contribute(member, classic, ContributionKind.NOTE, null, "Book clubs could help", null);
        assertEquals(List.of("Which books?", "How do I choose books my readers want?", "Book clubs could help"),
                meetings.contributions(member, classic).stream().map(Contribution::getBody).toList(), "the presenter's words were not kept");
    }

    @Test
    void recommendationsAreSupportedAndThePresenterPicksWhatToTry() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        for (int phase = 0; phase < 3; phase++) {
            move(id, TransitionAction.NEXT, phase);
        }
        Contribution idea = meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Try book clubs", null);
        meetings.vote(admin, idea.getId());
        meetings.vote(guest, idea.getId());
        assertThrows(AccessDenied.class, () -> meetings.pick(member, idea.getId(), true));
        meetings.pick(presenter, idea.getId(), true);
        Contribution stored = meetings.contributions(member, id).get(0);
        assertEquals(2, stored.getVotes());
        assertTrue(stored.isPicked());
        move(id, TransitionAction.NEXT, 3);
        assertThrows(AccessDenied.class, () -> meetings.contribute(member, id, ContributionKind.REFLECTION, null, "Not mine", null));
        meetings.contribute(presenter, id, ContributionKind.REFLECTION, null, "I will start book clubs.", null);
    }

    /** A popular chat answer: a dozen people like it at the same moment, and every like counts (none is refused). */
    @Test
    void manyPeopleLikeTheSameAnswerAtOnce() throws Exception {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        Contribution question = meetings.contribute(member, id, ContributionKind.QUESTION, null, "Who chooses the books?", null);
        List<Long> likers = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long liker = person("Liker " + i);
            invite(liker, Role.MEMBER);
            likers.add(liker);
        }
        java.util.concurrent.ExecutorService together = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(likers.size());
        List<java.util.concurrent.Future<?>> likes = new java.util.ArrayList<>();
        for (long liker : likers) {
            likes.add(together.submit(() -> {
                ready.countDown();
                ready.await();
                return meetings.vote(liker, question.getId());
            }));
        }
        for (java.util.concurrent.Future<?> like : likes) {
            like.get(1, java.util.concurrent.TimeUnit.MINUTES); // throws if one was refused
        }
        assertEquals(12, meetings.contributions(member, id).get(0).getVotes());
        meetings.vote(likers.get(0), question.getId());
        assertEquals(11, meetings.contributions(member, id).get(0).getVotes(), "pressed again: taken back");
    }

    @Test
    void anEndedMeetingTakesNoMoreContributionsOrTransitions() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.END, 0);
        assertEquals("meeting.alreadyEnded", assertThrows(Rejected.class,
                () -> meetings.contribute(member, id, ContributionKind.QUESTION, null, "Late question", null)).messageKey());
        assertEquals("meeting.alreadyEnded", assertThrows(Rejected.class, () -> move(id, TransitionAction.NEXT, 0)).messageKey());
        assertEquals(MeetingStatus.ENDED, meetings.open(member, id).meeting().getStatus());
        meetings.join(member, id);
        assertEquals(List.of("Amara"), meetings.present(admin, id).stream().map(a -> a.getDisplayName()).toList(),
                "opening an ended meeting's page is reading it, not coming");
    }

    @Test
    void joiningRecordsAttendanceOnceWithTheFirstArrival() {
        long id = consultancy();
        move(id, TransitionAction.OPEN, -1);
        meetings.join(member, id);
        meetings.join(member, id);
        meetings.join(guest, id);
        List<String> present = meetings.present(admin, id).stream().map(a -> a.getDisplayName()).toList();
        assertEquals(List.of("Amara", "Sam", "Gabriel"), present);
    }

    @Test
    void onePersonArrivingFromTwoPagesAtOnceIsRecordedOnce() throws Exception {
        long id = consultancy();
        move(id, TransitionAction.OPEN, -1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MeetingView>> pages = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            pages.add(executor.submit(() -> {
                start.await();
                return meetings.join(member, id);
            }));
        }
        start.countDown();
        for (Future<MeetingView> page : pages) {
            page.get(); // none refused: the second arrival finds the first
        }
        assertEquals(1, meetings.present(admin, id).stream().filter(p -> p.getId() == member).count());
    }

    @Test
    void thePresenterWritesTheProblemButOthersCannot() {
        long id = consultancy();
        assertThrows(AccessDenied.class, () -> meetings.writeProblem(member, id, new ProblemOfPractice("Mine", null, null, List.of())));
        meetings.writeProblem(presenter, id, new ProblemOfPractice("Reading stamina", "Grade 3", "How?", List.of("https://example.org")));
        assertEquals("Reading stamina", meetings.open(member, id).meeting().getProblem().getTitle());
    }

    /**
     * A chat keeps its threads: an answer typed under Q1 and sent after Q2 came out answers Q1; people reply to Q1's
     * answers during Q2 and the closing; guests introduce themselves in the welcome.
     */
    @Test
    void aChatKeepsItsThreadsOpenAndAnAnswerStaysWithItsQuestion() {
        long id = meetings.schedule(admin, slug, "Threads", Instant.now().plusSeconds(60), chatTemplate(), null).getId();
        move(id, TransitionAction.START, -1);
        Contribution hello = meetings.contribute(guest, id, ContributionKind.NOTE, null, "Hi, I teach grade 3 in Laval.", null);
        assertEquals(0, hello.getPhaseIndex(), "a guest introduces themself in the welcome");
        move(id, TransitionAction.NEXT, 0);
        Contribution first = meetings.contribute(member, id, ContributionKind.ANSWER, null, "Twenty quiet minutes.", null);
        move(id, TransitionAction.NEXT, 1); // Q2 is out while the guest still types under Q1
        Contribution late = meetings.contribute(guest, id, ContributionKind.ANSWER, null, "Ours grows with book choice.", null, 1);
        assertEquals(1, late.getPhaseIndex(), "sent after Q2 came out, it still answers Q1");
        Contribution now = meetings.contribute(member, id, ContributionKind.ANSWER, null, "Reading buddies.", null, 2);
        assertEquals(2, now.getPhaseIndex());
        Contribution forged = meetings.contribute(member, id, ContributionKind.ANSWER, null, "Not a question's phase.", null, 0);
        assertEquals(2, forged.getPhaseIndex(), "the welcome is no question: the answer goes to the question now");
        meetings.contribute(presenter, id, ContributionKind.REPLY, null, "Which book choice?", late.getId());

        MeetingService.OnScreen thread = meetings.thread(guest, id, 1);
        assertEquals(List.of(first.getId(), late.getId()), thread.said().stream().map(Contribution::getId).toList());
        assertEquals(List.of("Which book choice?"), thread.replies().get(late.getId()).stream().map(Contribution::getBody).toList());
        assertEquals(List.of(), meetings.thread(member, id, 2).said(), "the question now is on the page's list, not a thread");
        assertEquals(List.of("Reading buddies.", "Not a question's phase."),
                meetings.onScreen(member, id, null).said().stream().map(Contribution::getBody).toList(), "Q1's answers left the list");

        move(id, TransitionAction.NEXT, 2);
        move(id, TransitionAction.NEXT, 3); // the closing
        meetings.contribute(member, id, ContributionKind.REPLY, null, "Thanks for the idea!", first.getId());
        assertEquals(List.of("Reading buddies.", "Not a question's phase."),
                meetings.thread(member, id, 2).said().stream().map(Contribution::getBody).toList(), "Q2 is a thread in the closing");
        assertThrows(NotFound.class, () -> meetings.thread(outsider, id, 1));
    }

    /**
     * "Hold for later" in the demo's protocol, which has one questions phase: the facilitators see what waits in every
     * phase and bring a question back in a later one, for everyone; a merged duplicate credits who asked it.
     */
    @Test
    void questionsHeldForLaterWaitForTheFacilitatorsAndComeBackInALaterPhase() {
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        Contribution held = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.PROBING, "What did the parents say?", null);
        Contribution same = meetings.contribute(coFacilitator, id, ContributionKind.QUESTION, ContributionType.PROBING, "And the parents?", null);
        meetings.merge(admin, same.getId(), held.getId());
        meetings.holdForLater(admin, held.getId());
        assertThrows(AccessDenied.class, () -> meetings.heldForLater(member, id), "facilitators sort the questions");
        assertEquals("contribution.bringBackLater",
                assertThrows(Rejected.class, () -> meetings.bringBack(admin, held.getId())).messageKey(), "not in its own phase");
        move(id, TransitionAction.NEXT, 1); // the breakouts
        move(id, TransitionAction.NEXT, 2); // the recommendations: nothing shows held questions here by itself
        assertEquals(List.of(held.getId()), meetings.heldForLater(coFacilitator, id).stream().map(Contribution::getId).toList());
        assertEquals(List.of(), meetings.onScreen(member, id, null).said());
        assertThrows(AccessDenied.class, () -> meetings.bringBack(member, held.getId()));
        meetings.bringBack(coFacilitator, held.getId());
        assertEquals(List.of("What did the parents say?"), meetings.onScreen(member, id, null).said().stream().map(Contribution::getBody).toList(),
                "brought back, it shows to everyone in the phase now");
        assertEquals(List.of(), meetings.heldForLater(admin, id), "it no longer waits");
        Contribution kept = meetings.contribution(member, id, held.getId()).orElseThrow();
        assertEquals(3, kept.getBroughtBackIn());
        assertEquals(List.of(member, coFacilitator), kept.getAskers().stream().map(a -> a.getId()).toList(), "both asked it");
        Contribution plain = meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null, "Call the parents", null);
        assertEquals("contribution.notHeld", assertThrows(Rejected.class, () -> meetings.bringBack(admin, plain.getId())).messageKey());
    }

    @Test
    void chatQuestionsAreReleasedOnTheTimerAndRecordedWithoutAnActor() {
        ProtocolTemplate chat = protocols.templates(admin, slug).stream().filter(t -> "chat".equals(t.getCode())).findFirst().orElseThrow();
        long id = meetings.schedule(admin, slug, "Chat", Instant.now().plusSeconds(60), chat.getId(), null).getId();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        Contribution a1 = meetings.contribute(guest, id, ContributionKind.ANSWER, null, "Twenty minutes, most days.", null);
        meetings.contribute(member, id, ContributionKind.REPLY, null, "Same here!", a1.getId());
        assertEquals(0, meetings.releaseDuePrompts(Instant.now()), "Q1 still has time");
        assertEquals(1, meetings.releaseDuePrompts(Instant.now().plus(Duration.ofMinutes(8))));
        assertEquals(2, meetings.open(member, id).meeting().getPhaseIndex(), "Q2 is out");
        Transition released = meetings.transitions(admin, id).get(2);
        assertEquals(TransitionAction.NEXT, released.getAction());
        assertEquals(null, released.getActor());
        assertThrows(AccessDenied.class, () -> meetings.releaseOnTimer(member, id, false));
        meetings.releaseOnTimer(admin, id, false);
        assertEquals(0, meetings.releaseDuePrompts(Instant.now().plus(Duration.ofMinutes(30))));
    }

    @Test
    void aCommunityAdaptsItsOwnCopyOfAProtocolAndMeetingsKeepTheirs() {
        ProtocolTemplate builtIn = protocols.templates(admin, slug).get(0);
        assertThrows(AccessDenied.class, () -> protocols.copy(member, slug, builtIn.getId()));
        assertThrows(AccessDenied.class, () -> protocols.revise(admin, builtIn.getId(), 0, "Mine", null, builtIn.copyOfPhases()));

        ProtocolTemplate ours = protocols.copy(coFacilitator, slug, builtIn.getId());
        List<Phase> shorter = new ArrayList<>(ours.copyOfPhases());
        shorter.remove(2);
        ours = protocols.revise(admin, ours.getId(), ours.getVersion(), "Quick consultancy", "Forty minutes", shorter);
        assertEquals(5, ours.getPhases().size());
        long stale = ours.getVersion() - 1;
        long ourId = ours.getId();
        assertEquals("template.changedMeanwhile", assertThrows(Rejected.class,
                () -> protocols.revise(admin, ourId, stale, "Lost", null, shorter)).messageKey());
        assertThrows(AccessDenied.class, () -> protocols.revise(member, ourId, 0, "Member's", null, shorter));

        long meetingId = meetings.schedule(admin, slug, "Quick one", Instant.now().plusSeconds(600), ourId, presenter).getId();
        protocols.revise(admin, ourId, protocols.template(admin, ourId).getVersion(), "Quick consultancy", null, shorter.subList(0, 2));
        assertEquals(5, meetings.open(admin, meetingId).meeting().getPhases().size(), "the meeting keeps the copy it was planned with");
        assertEquals("Quick consultancy", meetings.open(admin, meetingId).meeting().getProtocolName());

        long otherAdmin = person("Other");
        String other = communities.create(otherAdmin, "Other circle", null, Visibility.PRIVATE).getSlugValue();
        assertEquals("template", assertThrows(Rejected.class,
                () -> meetings.schedule(otherAdmin, other, "Borrowed", Instant.now().plusSeconds(600), ourId, null)).field());
        assertTrue(protocols.templates(otherAdmin, other).stream().noneMatch(t -> t.getId() == ourId), "each community sees its own");
    }

    // ---- The library in meetings -------------------------------------------------------------------

    @Inject
    org.marigold.library.LibraryService library;

    @Inject
    org.marigold.library.ResourceListService lists;

    @Test
    void aListServesAsBreakoutStartersAndTheLibraryRemembersWhereItWasUsed() {
        var article = library.add(member, slug, org.marigold.library.ResourceKind.ARTICLE, "Dena Simmons on trauma",
                "https://www.ascd.org/x", null, null, "equity");
        var video = library.add(member, slug, org.marigold.library.ResourceKind.VIDEO, "Book clubs in action",
                "https://example.org/v", null, null, null);
        var lens = lists.create(coFacilitator, slug, "Equity lens", null);
        lists.add(coFacilitator, lens.getId(), article.getId());
        long id = consultancy();
        assertThrows(AccessDenied.class, () -> meetings.chooseStarters(member, id, lens.getId()));
        String other = communities.create(admin, "Elsewhere", null, Visibility.PRIVATE).getSlugValue();
        long foreign = lists.create(admin, other, "Not ours", null).getId();
        assertEquals("list", assertThrows(Rejected.class, () -> meetings.chooseStarters(admin, id, foreign)).field());
        meetings.chooseStarters(coFacilitator, id, lens.getId());
        assertEquals("Equity lens", meetings.open(member, id).meeting().getStarterList().getName());

        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        assertEquals(0, library.uses(member, article.getId()).size(), "used once the breakouts begin");
        move(id, TransitionAction.NEXT, 1);
        move(id, TransitionAction.PREVIOUS, 2);
        move(id, TransitionAction.NEXT, 1);
        var uses = library.uses(member, article.getId());
        assertEquals(1, uses.size(), "entering the breakout twice is one use");
        assertEquals(org.marigold.library.ResourceUse.How.STARTER, uses.get(0).getHow());
        assertEquals("Equity lens", uses.get(0).getDetail());
        assertEquals(1, library.resource(member, article.getId()).getUsedCount());
        assertEquals("Dena Simmons on trauma", library.search(member, slug,
                new org.marigold.library.LibraryQuery(null, null, null, org.marigold.library.LibraryQuery.Order.MOST_USED), 0, 1)
                .resources().get(0).getTitle());
        assertEquals(0, library.uses(member, video.getId()).size());
    }

    @Test
    void whatABreakoutFindsJoinsTheLibraryWithWhereItCameFrom() {
        long id = consultancy();
        Meeting meeting = meetings.open(member, id).meeting();
        var membership = communities.require(communities.community(slug), member, Role.MEMBER);
        var found = library.addFound(meeting, null, membership,
                new org.marigold.library.ResourceDraft(org.marigold.library.ResourceKind.ARTICLE, "Culturally sustaining pedagogy",
                        "https://example.org/csp", null, "Why it matters for Maya's class", null),
                org.marigold.library.ResourceUse.How.FOUND);
        var stored = library.resource(member, found.getId());
        assertEquals(id, stored.getFoundInMeeting().getId());
        assertEquals(null, stored.getFoundInGroup(), "found in the meeting as a whole; BreakoutServiceIT finds in a group");
        assertEquals(List.of("Culturally sustaining pedagogy"), library.search(member, slug,
                new org.marigold.library.LibraryQuery(null, null, null, null, null, null, id), 0, 10)
                .resources().stream().map(org.marigold.library.Resource::getTitle).toList());
        assertEquals(List.of(id), library.meetingsWithFinds(member, slug).stream().map(Meeting::getId).toList());
        assertEquals(org.marigold.library.ResourceUse.How.FOUND, library.uses(member, found.getId()).get(0).getHow());
    }

    @Test
    void aRecommendationThatLinksToTheLibraryCountsAsAUse() {
        var article = library.add(member, slug, org.marigold.library.ResourceKind.ARTICLE, "Book clubs in grade 3",
                "https://example.org/book-clubs", null, null, null);
        var video = library.add(member, slug, org.marigold.library.ResourceKind.VIDEO, "Conferring in action",
                "https://example.org/conferring", null, null, null);
        long id = consultancy();
        move(id, TransitionAction.START, -1);
        move(id, TransitionAction.NEXT, 0);
        move(id, TransitionAction.NEXT, 1);
        move(id, TransitionAction.NEXT, 2);
        meetings.contribute(member, id, ContributionKind.RECOMMENDATION, null,
                "Start book clubs (https://example.org/book-clubs), and watch https://intranet.example/library/resource.xhtml?r="
                        + video.getId() + ".", null);
        var uses = library.uses(member, article.getId());
        assertEquals(1, uses.size());
        assertEquals(org.marigold.library.ResourceUse.How.RECOMMENDATION, uses.get(0).getHow());
        assertTrue(uses.get(0).getDetail().startsWith("Start book clubs"));
        assertEquals(1, library.uses(member, video.getId()).size(), "a link to the resource's page cites it too");
    }

    private long consultancyTemplate() {
        return protocols.templates(admin, slug).stream().filter(t -> "consultancy".equals(t.getCode())).findFirst().orElseThrow().getId();
    }

    @Test
    void membersTakeTurnsPresentingAndOfTwoVolunteeringAtOnceOnePresents() throws Exception {
        long december = meetings.schedule(admin, slug, "December", Instant.now().plus(Duration.ofDays(10)), consultancyTemplate(), null).getId();
        long noor = newMember("Noor");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long volunteer : List.of(member, noor)) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    meetings.volunteer(volunteer, december);
                    return "presents";
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
        assertTrue(results.contains("presents") && results.contains("presenter.taken"), results.toString());
        long chosen = meetings.open(admin, december).meeting().getPresenter().getId();
        long other = chosen == member ? noor : member;

        assertThrows(AccessDenied.class, () -> meetings.volunteer(guest, december));
        assertThrows(NotFound.class, () -> meetings.volunteer(outsider, december));
        assertEquals("presenter.notYou", assertThrows(Rejected.class, () -> meetings.withdraw(other, december)).messageKey());
        meetings.writeProblem(chosen, december, new ProblemOfPractice("Mine", "Context", "How?", List.of()));
        meetings.withdraw(chosen, december);
        assertEquals(null, meetings.open(admin, december).meeting().getPresenter());
        assertFalse(meetings.open(admin, december).meeting().getProblem() != null && meetings.open(admin, december).meeting().getProblem().isWritten(),
                "the one who stepped back takes their problem with them");
        meetings.volunteer(other, december);
        assertTrue(meetings.open(admin, december).meeting().isPresenter(other));

        long started = consultancy();
        move(started, TransitionAction.START, -1);
        assertEquals("meeting.alreadyStarted", assertThrows(Rejected.class, () -> meetings.volunteer(member, started)).messageKey());
    }

    @Test
    void presentersAreRemindedToWriteTheirProblemAndAfterwardsToTellWhatTheyTried() {
        long soon = consultancy();
        meetings.schedule(admin, slug, "Far away", Instant.now().plus(Duration.ofDays(60)), consultancyTemplate(), presenter);
        assertEquals(List.of(soon), meetings.reminders(presenter).stream().map(r -> r.meeting().getId()).toList(),
                "only the meeting within five weeks");
        assertTrue(meetings.reminders(presenter).get(0).before());
        assertTrue(meetings.reminders(member).isEmpty());

        meetings.writeProblem(presenter, soon, new ProblemOfPractice("Reading stamina", "Grade 3", "How?", List.of()));
        assertTrue(meetings.reminders(presenter).isEmpty(), "written: nothing to remind");

        move(soon, TransitionAction.START, -1);
        move(soon, TransitionAction.END, 0);
        assertEquals(1, meetings.reminders(presenter).size());
        assertFalse(meetings.reminders(presenter).get(0).before(), "now: tell what you tried");
        meetings.tellWhatWasTried(presenter, soon, "Stamina charts");
        assertTrue(meetings.reminders(presenter).isEmpty());
    }

    @Test
    void pastMeetingsAreListedLatestFirstAndFoundByTheirWords() {
        long first = consultancy();
        meetings.writeProblem(presenter, first, new ProblemOfPractice("Reading stamina in grade 3", "Ten minutes and they stop", "How?", List.of()));
        move(first, TransitionAction.START, -1);
        move(first, TransitionAction.END, 0);
        long second = meetings.schedule(admin, slug, "Writers' workshop", Instant.now().plusSeconds(900), consultancyTemplate(), member).getId();
        move(second, TransitionAction.START, -1);
        move(second, TransitionAction.END, 0);
        long coming = meetings.schedule(admin, slug, "January", Instant.now().plus(Duration.ofDays(30)), consultancyTemplate(), null).getId();

        MeetingPage past = meetings.find(member, slug, MeetingPage.When.PAST, null, 1, 20);
        assertEquals(List.of(second, first), past.meetings().stream().map(Meeting::getId).toList(), "latest first");
        assertEquals(2, past.total());
        assertEquals(List.of(coming), meetings.find(member, slug, MeetingPage.When.UPCOMING, null, 1, 20).meetings().stream()
                .map(Meeting::getId).toList());

        assertEquals(List.of(first), ids(meetings.find(member, slug, MeetingPage.When.PAST, "STAMINA grade", 1, 20)), "every word, any case");
        assertEquals(List.of(first), ids(meetings.find(member, slug, MeetingPage.When.PAST, "they stop", 1, 20)), "the problem's context");
        assertEquals(List.of(second), ids(meetings.find(member, slug, MeetingPage.When.PAST, "sam", 1, 20)), "the presenter");
        assertEquals(List.of(), ids(meetings.find(member, slug, MeetingPage.When.PAST, "stamina workshop", 1, 20)));
        assertEquals(2, meetings.find(member, slug, MeetingPage.When.PAST, "%_", 1, 20).total(), "wildcards are not searched for");

        MeetingPage secondPage = meetings.find(member, slug, MeetingPage.When.PAST, null, 2, 1);
        assertEquals(List.of(first), ids(secondPage));
        assertEquals(2, secondPage.pages());
        assertFalse(secondPage.hasNext());
        assertEquals("meeting.find.page", assertThrows(Rejected.class, () -> meetings.find(member, slug, MeetingPage.When.PAST, null, 0, 20))
                .messageKey());
        assertThrows(NotFound.class, () -> meetings.find(outsider, slug, MeetingPage.When.PAST, null, 1, 20));
    }

    private static List<Long> ids(MeetingPage page) {
        return page.meetings().stream().map(Meeting::getId).toList();
    }

    @Test
    void aFrenchSpeakingFacilitatorPlansAndCopiesTheBuiltInProtocolsInFrench() {
        long chloe = accounts.registerConfirmed(org.marigold.support.People.email("Chloe"), "Chloé", org.marigold.support.People.PASSWORD,
                java.time.ZoneId.of("America/Montreal"), java.util.Locale.FRENCH).getId();
        invite(chloe, Role.FACILITATOR);
        long id = meetings.schedule(chloe, slug, "Novembre", Instant.now().plusSeconds(600), consultancyTemplate(), presenter).getId();
        Meeting planned = meetings.open(admin, id).meeting();
        assertEquals("Consultation (comme nos communautés la mènent)", planned.getProtocolName());
        assertEquals(List.of("Présentation du problème", "Questions de clarification", "Recherche en sous-groupes", "Recommandations",
                "Réflexion de la personne qui présente", "Retour"), planned.getPhases().stream().map(Phase::getTitle).toList());
        assertEquals("Problem presentation", meetings.open(admin, consultancy()).meeting().getPhases().get(0).getTitle(),
                "an English-speaking facilitator's meeting stays in English");
        ProtocolTemplate ours = protocols.copy(chloe, slug, consultancyTemplate());
        assertEquals("Consultation (comme nos communautés la mènent) (notre copie)", ours.getName());
        assertEquals("Consultancy (as our communities run it)", protocols.templates(admin, slug).get(0).getName(),
                "the built-in template itself does not change");
    }
}
