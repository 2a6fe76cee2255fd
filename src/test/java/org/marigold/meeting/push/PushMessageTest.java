package org.marigold.meeting.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marigold.community.Community;
import org.marigold.community.Slug;
import org.marigold.community.Visibility;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.Speakers;
import org.marigold.meeting.TransitionAction;

class PushMessageTest {

    private static final Instant T0 = Instant.parse("2026-11-30T19:30:00Z");

    private static Meeting running() {
        Community community = new Community(new Slug("literacy"), "Literacy", null, Visibility.PRIVATE, ZoneOffset.UTC, T0);
        ProtocolTemplate template = new ProtocolTemplate(null, "Consultancy", null, List.of(
                new Phase(PhaseKind.PRESENTATION, "Problem presentation", "Listen without interrupting", 10, Speakers.PRESENTER),
                new Phase(PhaseKind.QUESTIONS, "Clarifying questions", null, 5, Speakers.EVERYONE)), T0);
        Meeting meeting = new Meeting(community, "November", T0, template, null, T0);
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        return meeting;
    }

    private static Meeting atTheQuestions() {
        Meeting meeting = running();
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, T0.plusSeconds(600));
        return meeting;
    }

    /** Maya's probing question in the clarifying questions. */
    private static org.marigold.meeting.Contribution mayaAsks(Meeting meeting, String words) {
        org.marigold.account.Account maya = new org.marigold.account.Account("maya@example.org", "Maya Chen", "x", ZoneOffset.UTC,
                java.util.Locale.ENGLISH, T0);
        return new org.marigold.meeting.Contribution(meeting, 1, org.marigold.meeting.ContributionKind.QUESTION,
                org.marigold.meeting.QuestionType.PROBING, maya, words, null, T0.plusSeconds(620));
    }

    private static MeetingChanged change(MeetingChanged.Change what) {
        return new MeetingChanged(7, what);
    }

    @Test
    void aPhaseChangeCarriesThePhaseAndItsClockSoPagesShowItAtOnce() {
        Meeting meeting = running();
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, T0.plusSeconds(600));
        Map<String, Object> message = PushMessage.of(change(MeetingChanged.Change.PHASE), meeting, null, 3, T0.plusSeconds(660));
        assertEquals("phase", message.get("change"));
        @SuppressWarnings("unchecked")
        Map<String, Object> phase = (Map<String, Object>) message.get("phase");
        assertEquals(1, phase.get("index"));
        assertEquals(2, phase.get("count"));
        assertEquals("Clarifying questions", phase.get("title"));
        assertEquals("", phase.get("instructions"));
        assertEquals(240L, phase.get("remaining"), "five minutes from the change, one gone");
        assertEquals(false, phase.get("paused"));
        assertEquals("QUESTIONS", phase.get("kind"));
        assertEquals("QUESTION", phase.get("input"), "what the phase's box takes");
        assertEquals(false, phase.get("light"), "pages re-render unless the phase is known to show nothing yet");
    }

    @Test
    void onlyAPhaseChangeToAPhaseShowingNothingYetLetsPagesStepWithoutARerender() {
        Meeting meeting = running();
        Map<String, Object> step = PushMessage.of(change(MeetingChanged.Change.PHASE), meeting, null, null, 3, T0, true);
        assertEquals(true, phase(step).get("light"));
        assertEquals("", phase(step).get("input"), "the presentation takes nothing from the box");
        Map<String, Object> pause = PushMessage.of(change(MeetingChanged.Change.STAGE), meeting, null, null, 3, T0, true);
        assertEquals(false, phase(pause).get("light"), "a clock change re-renders the top of the page");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> phase(Map<String, Object> message) {
        return (Map<String, Object>) message.get("phase");
    }

    @Test
    void contributionsAndAMeetingNotRunningCarryNoPhase() {
        assertFalse(PushMessage.of(change(MeetingChanged.Change.CONTRIBUTIONS), running(), null, 3, T0).containsKey("phase"));
        Meeting ended = running();
        ended.apply(TransitionAction.END, SeenRun.atPhase(0), 0, null, T0.plusSeconds(60));
        assertFalse(PushMessage.of(change(MeetingChanged.Change.PHASE), ended, null, 3, T0.plusSeconds(60)).containsKey("phase"));
        assertTrue(PushMessage.of(change(MeetingChanged.Change.STAGE), running(), null, 3, T0).containsKey("phase"), "a pause carries the clock");
    }

    @Test
    void thePaceGrowsWithThePeoplePresentUpToALimit() {
        assertEquals(0L, PushMessage.of(change(MeetingChanged.Change.CONTRIBUTIONS), null, null, 0, T0).get("pace"));
        assertEquals(PushMessage.PACE_PER_PERSON.toMillis() * 10, PushMessage.paceMillis(10));
        assertEquals(9_000L, PushMessage.paceMillis(300), "three hundred people spread their requests over nine seconds");
        assertEquals(PushMessage.LONGEST_PACE.toMillis(), PushMessage.paceMillis(100_000));
    }

    @Test
    void somethingNewSaidTravelsWithThePushSoPagesAddItWithoutAskingTheServer() {
        Meeting meeting = atTheQuestions();
        org.marigold.meeting.Contribution question = mayaAsks(meeting, "What have you <b>tried</b>?");

        Map<String, Object> message = PushMessage.of(new MeetingChanged(7, MeetingChanged.Change.CONTRIBUTIONS, 41L), meeting,
                question, 3, T0.plusSeconds(630));

        assertEquals("contributions", message.get("change"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> carried = (List<Map<String, Object>>) message.get("added");
        assertEquals(1, carried.size());
        Map<String, Object> added = carried.get(0);
        assertEquals(1, added.get("phase"));
        assertEquals("QUESTION", added.get("kind"));
        assertEquals("PROBING", added.get("questionType"));
        assertEquals("Maya Chen", added.get("author"));
        assertEquals("What have you <b>tried</b>?", added.get("body"), "as typed: the page sets it as text, never as markup");
        assertEquals(0L, added.get("parent"));
        assertEquals(0, added.get("prompt"), "not a chat answer");
        assertFalse(PushMessage.of(change(MeetingChanged.Change.CONTRIBUTIONS), meeting, null, 3, T0).containsKey("added"),
                "a merge or a hold names nothing new: pages re-render");
    }

    @Test
    void aLikeCarriesTheCountAsItIsNowAndWhenItWasRead() {
        Meeting meeting = atTheQuestions();
        org.marigold.meeting.Contribution question = mayaAsks(meeting, "What have you tried?");
        question.toggleVote(11);
        question.toggleVote(12);
        question.toggleVote(11); // taken back

        Map<String, Object> first = PushMessage.withVotes(PushMessage.of(MeetingChanged.voted(7, 41), meeting, null, 3,
                T0.plusSeconds(630)), question, T0.plusSeconds(630));
        question.toggleVote(13);
        Map<String, Object> later = PushMessage.withVotes(PushMessage.of(MeetingChanged.voted(7, 41), meeting, null, 3,
                T0.plusSeconds(630).plusNanos(2_000)), question, T0.plusSeconds(630).plusNanos(2_000));

        assertEquals("contributions", first.get("change"));
        assertFalse(first.containsKey("added"), "nothing new was said");
        @SuppressWarnings("unchecked")
        Map<String, Object> votes = ((List<Map<String, Object>>) first.get("votes")).get(0);
        assertEquals(1, votes.get("count"), "Maya's question has one like left (one of two taken back)");
        @SuppressWarnings("unchecked")
        Map<String, Object> laterVotes = ((List<Map<String, Object>>) later.get("votes")).get(0);
        assertEquals(2, laterVotes.get("count"));
        assertEquals(2L, (Long) laterVotes.get("at") - (Long) votes.get("at"), "read two microseconds later: a page keeps the later count");
        assertEquals(java.util.Set.of("id", "count", "at"), votes.keySet(), "who pressed is not said");
    }

    @Test
    void anArrivalCarriesWhoCameAndHowManyAreHere() {
        java.util.HashMap<String, Object> message = PushMessage.of(new MeetingChanged(7, MeetingChanged.Change.ATTENDANCE, 12L), running(),
                null, "Maya Chen", 41, T0, false);
        assertEquals("attendance", message.get("change"));
        assertEquals(Map.of("count", 41L, "names", List.of("Maya Chen")), message.get("present"));

        java.util.HashMap<String, Object> next = PushMessage.of(new MeetingChanged(7, MeetingChanged.Change.ATTENDANCE, 13L), running(), null,
                "Sam Rivera", 42, T0, false);
        assertEquals(Map.of("count", 42L, "names", List.of("Maya Chen", "Sam Rivera")),
                PushMessage.together(List.of(message, next)).get("present"), "arriving close together: both names, the latest count");
    }

    @Test
    void thingsSaidOrLikedCloseTogetherTravelInOnePushInTheOrderTheyCame() {
        java.util.HashMap<String, Object> first = new java.util.HashMap<>(Map.of("change", "contributions", "pace", 300L,
                "added", List.of(Map.of("id", 1L))));
        java.util.HashMap<String, Object> second = new java.util.HashMap<>(Map.of("change", "contributions", "pace", 330L,
                "added", List.of(Map.of("id", 2L))));

        Map<String, Object> together = PushMessage.together(List.of(first, second));

        assertEquals("contributions", together.get("change"));
        assertEquals(List.of(Map.of("id", 1L), Map.of("id", 2L)), together.get("added"));
        assertEquals(330L, together.get("pace"), "spread over the longest pace (more people had come by the second)");
        assertEquals(first, PushMessage.together(List.of(first)));

        java.util.HashMap<String, Object> liked = new java.util.HashMap<>(Map.of("change", "contributions", "pace", 330L,
                "votes", List.of(Map.of("id", 1L, "count", 1))));
        java.util.HashMap<String, Object> third = new java.util.HashMap<>(Map.of("change", "contributions", "pace", 330L,
                "added", List.of(Map.of("id", 3L))));
        Map<String, Object> mixed = PushMessage.together(List.of(first, liked, third));
        assertEquals(List.of(Map.of("id", 1L), Map.of("id", 3L)), mixed.get("added"), "what was said, in order");
        assertEquals(List.of(Map.of("id", 1L, "count", 1)), mixed.get("votes"), "the like pressed between them, carried with them");
        assertFalse(PushMessage.together(List.of(liked, liked)).containsKey("added"), "likes alone carry nothing said");
    }
}
