package org.marigold.meeting.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.community.Slug;
import org.marigold.community.Visibility;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.Speakers;
import org.marigold.meeting.TransitionAction;
import org.marigold.platform.Rejected;

class PushTest {

    private static final Instant T0 = Instant.parse("2026-11-30T19:30:00Z");

    private static Meeting running() {
        return running(false);
    }

    private static Meeting running(boolean anonymousContributions) {
        Community community = new Community(new Slug("literacy"), "Literacy", null, Visibility.PRIVATE, ZoneOffset.UTC, T0);
        ProtocolTemplate template = new ProtocolTemplate(null, "Consultancy", null, List.of(
                new Phase(PhaseKind.PRESENTATION, "Problem presentation", "Listen without interrupting", 10, Speakers.PRESENTER),
                new Phase(PhaseKind.QUESTIONS, "Clarifying questions", null, 5, Speakers.EVERYONE)), T0);
        Meeting meeting = new Meeting(community, "November", T0, template, null, T0);
        meeting.anonymousContributions(anonymousContributions);
        meeting.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, null, T0);
        return meeting;
    }

    private static Meeting atTheQuestions() {
        Meeting meeting = running();
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, T0.plusSeconds(600));
        return meeting;
    }

    /** Maya's probing question in the clarifying questions, saved as contribution 41. */
    private static Contribution mayaAsks(Meeting meeting, String words) throws ReflectiveOperationException {
        Account maya = new Account("maya@example.org", "Maya Chen", "x", ZoneOffset.UTC, Locale.ENGLISH, T0);
        Contribution question = new Contribution(meeting, 1, ContributionKind.QUESTION, ContributionType.PROBING, maya, words, null,
                T0.plusSeconds(620));
        Field id = Contribution.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(question, 41L);
        return question;
    }

    private static MeetingChanged change(MeetingChanged.Change what) {
        return new MeetingChanged(7, what);
    }

    /** Something said, as a push carries it. */
    static Push said(long id, long pace) {
        return new Push("contributions", pace, null, null,
                List.of(new Push.Said(id, 1, "QUESTION", 0, "Maya Chen", "What have you tried?", "PROBING", 0)), null, null);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aPhaseChangeCarriesThePhaseAndItsClockSoPagesShowItAtOnce() {
        Push push = Push.of(change(MeetingChanged.Change.PHASE), atTheQuestions(), null, 3, T0.plusSeconds(660));
        assertEquals("phase", push.change());
        Push.PhaseNow phase = push.phase();
        assertEquals(1, phase.index());
        assertEquals(2, phase.count());
        assertEquals("Clarifying questions", phase.title());
        assertEquals("", phase.instructions());
        assertEquals(240L, phase.remaining(), "five minutes from the change, one gone");
        assertEquals(false, phase.paused());
        assertEquals("QUESTIONS", phase.kind());
        assertEquals("QUESTION", phase.input(), "what the phase's box takes");
        assertEquals(false, phase.light(), "pages re-render unless the phase is known to show nothing yet");
    }

    @Test
    void onlyAPhaseChangeToAPhaseShowingNothingYetLetsPagesStepWithoutARerender() {
        Meeting meeting = running();
        Push step = Push.of(change(MeetingChanged.Change.PHASE), meeting, null, null, 3, T0, true);
        assertEquals(true, step.phase().light());
        assertEquals("", step.phase().input(), "the presentation takes nothing from the box");
        Push pause = Push.of(change(MeetingChanged.Change.STAGE), meeting, null, null, 3, T0, true);
        assertEquals(false, pause.phase().light(), "a clock change re-renders the top of the page");
    }

    @Test
    void aFacilitatorsStepCarriesTheMeetingsVersionSoThePageThatMadeItNeedsNoRerender() throws ReflectiveOperationException {
        Meeting meeting = atTheQuestions();
        Field version = Meeting.class.getDeclaredField("version");
        version.setAccessible(true);
        version.set(meeting, 12L);
        assertEquals(12L, Push.of(MeetingChanged.stepped(7, false), meeting, null, 3, T0).version());
        Push paused = Push.of(MeetingChanged.stepped(7, true), meeting, null, 3, T0);
        assertEquals("stage", paused.change());
        assertEquals(12L, paused.version());
        assertEquals(12, read(paused.toJson()).getInt("version"));
        // Anything else may change what a page shows without changing the meeting's row: its pages re-render.
        assertNull(Push.of(change(MeetingChanged.Change.PHASE), meeting, null, 3, T0).version(), "a new problem of practice");
        assertNull(Push.of(change(MeetingChanged.Change.STAGE), meeting, null, 3, T0).version(), "an answer to \"will you come?\"");
    }

    @Test
    void contributionsAndAMeetingNotRunningCarryNoPhase() {
        assertNull(Push.of(change(MeetingChanged.Change.CONTRIBUTIONS), running(), null, 3, T0).phase());
        Meeting ended = running();
        ended.apply(TransitionAction.END, SeenRun.atPhase(0), 0, null, T0.plusSeconds(60));
        assertNull(Push.of(change(MeetingChanged.Change.PHASE), ended, null, 3, T0.plusSeconds(60)).phase());
        assertNotNull(Push.of(change(MeetingChanged.Change.STAGE), running(), null, 3, T0).phase(), "a pause carries the clock");
    }

    @Test
    void thePaceGrowsWithThePeoplePresentUpToALimit() {
        assertEquals(0L, Push.of(change(MeetingChanged.Change.CONTRIBUTIONS), null, null, 0, T0).pace());
        assertEquals(Push.PACE_PER_PERSON.toMillis() * 10, Push.paceMillis(10));
        assertEquals(9_000L, Push.paceMillis(300), "three hundred people spread their requests over nine seconds");
        assertEquals(Push.LONGEST_PACE.toMillis(), Push.paceMillis(100_000));
    }

    @Test
    void somethingNewSaidTravelsWithThePushSoPagesAddItWithoutAskingTheServer() throws Exception {
        Meeting meeting = atTheQuestions();
        Contribution question = mayaAsks(meeting, "What have you <b>tried</b>?");

        Push push = Push.of(MeetingChanged.added(7, 41), meeting, question, 3, T0.plusSeconds(630));

        assertEquals("contributions", push.change());
        assertEquals(List.of(new Push.Said(41, 1, "QUESTION", 0, "Maya Chen", "What have you <b>tried</b>?", "PROBING", 0)),
                push.added(), "as typed: the page sets it as text, never as markup; no parent; not a chat answer");
        assertNull(Push.of(change(MeetingChanged.Change.CONTRIBUTIONS), meeting, null, 3, T0).added(),
                "a merge or a hold names nothing new: pages re-render");
    }

    @Test
    void inAMeetingWhoseContributionsAreAnonymousThePushNamesNobodyForItGoesToEveryone() throws Exception {
        Meeting meeting = running(true);
        meeting.apply(TransitionAction.NEXT, SeenRun.atPhase(0), 0, null, T0.plusSeconds(600));
        Contribution question = mayaAsks(meeting, "What have you tried?");

        Push push = Push.of(MeetingChanged.added(7, 41), meeting, question, 3, T0.plusSeconds(630));

        assertEquals("", push.added().get(0).author());
        assertEquals("What have you tried?", push.added().get(0).body());
        assertEquals("meeting.anonymous.started", assertThrows(Rejected.class, () -> meeting.anonymousContributions(false)).messageKey());
    }

    @Test
    void aLikeCarriesTheCountAsItIsNowAndWhenItWasRead() throws Exception {
        Meeting meeting = atTheQuestions();
        Contribution question = mayaAsks(meeting, "What have you tried?");
        question.toggleVote(11);
        question.toggleVote(12);
        question.toggleVote(11); // taken back

        Instant read = T0.plusSeconds(630);
        Push first = Push.withVotes(Push.of(MeetingChanged.voted(7, 41), meeting, null, 3, read), question, read);
        question.toggleVote(13);
        Instant later = read.plusNanos(2_000);
        Push second = Push.withVotes(Push.of(MeetingChanged.voted(7, 41), meeting, null, 3, later), question, later);

        assertEquals("contributions", first.change());
        assertNull(first.added(), "nothing was said");
        Push.Votes votes = first.votes().get(0);
        assertEquals(41L, votes.id());
        assertEquals(1, votes.count(), "Maya's question has one like left (one of two taken back)");
        Push.Votes laterVotes = second.votes().get(0);
        assertEquals(2, laterVotes.count());
        assertEquals(2L, laterVotes.at() - votes.at(), "read two microseconds later: a page keeps the later count");
    }

    @Test
    void anArrivalCarriesWhoCameAndHowManyAreHere() {
        Push push = Push.of(MeetingChanged.arrived(7, 12), running(), null, "Maya Chen", 41, T0, false);
        assertEquals("attendance", push.change());
        assertEquals(new Push.Present(41, List.of("Maya Chen")), push.present());

        Push next = Push.of(MeetingChanged.arrived(7, 13), running(), null, "Sam Rivera", 42, T0, false);
        assertEquals(new Push.Present(42, List.of("Maya Chen", "Sam Rivera")), Push.together(List.of(push, next)).present(),
                "arriving close together: both names, the latest count");
    }

    @Test
    void thingsSaidOrLikedCloseTogetherTravelInOnePushInTheOrderTheyCame() {
        Push first = said(1, 300);
        Push second = said(2, 330);

        Push together = Push.together(List.of(first, second));

        assertEquals("contributions", together.change());
        assertEquals(List.of(first.added().get(0), second.added().get(0)), together.added());
        assertEquals(330L, together.pace(), "spread over the longest pace (more people had come by the second)");
        assertEquals(first, Push.together(List.of(first)));

        Push liked = new Push("contributions", 330, null, null, null, List.of(new Push.Votes(1, 1, 0)), null);
        Push third = said(3, 330);
        Push mixed = Push.together(List.of(first, liked, third));
        assertEquals(List.of(first.added().get(0), third.added().get(0)), mixed.added(), "what was said, in order");
        assertEquals(liked.votes(), mixed.votes(), "the like pressed between them, carried with them");
        assertNull(Push.together(List.of(liked, liked)).added(), "likes alone carry nothing said");
    }

    @Test
    void aPushReachesTheOtherInstancesAsItWasBuilt() throws Exception {
        Push arrivals = Push.together(List.of(Push.of(MeetingChanged.arrived(7, 12), running(), null, "Maya Chen", 41, T0, false),
                Push.of(MeetingChanged.arrived(7, 13), running(), null, "Sam Rivera", 42, T0, false)));
        Push liked = new Push("contributions", 330, null, null, null, List.of(new Push.Votes(1, 1, 0)), null);
        List<RelayedPush> relayed = List.of(new RelayedPush(7, Push.of(change(MeetingChanged.Change.PHASE), running(), null, 3, T0)),
                new RelayedPush(7, Push.together(List.of(said(1, 300), liked))), new RelayedPush(7, arrivals));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(relayed);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(relayed, in.readObject(), "the cluster's events travel serialised");
        }
    }

    @Test
    void theJsonHasTheNamesThePagesReadAndLeavesOutWhatIsAbsent() throws Exception {
        JsonObject phaseChange = read(Push.of(change(MeetingChanged.Change.PHASE), atTheQuestions(), null, 3, T0.plusSeconds(660)).toJson());
        assertEquals(Set.of("change", "pace", "phase"), phaseChange.keySet(), "no one arrived, nothing said or liked");
        assertEquals("phase", phaseChange.getString("change"));
        assertEquals(90, phaseChange.getJsonNumber("pace").longValue());
        assertEquals(Set.of("index", "count", "title", "instructions", "wording", "remaining", "paused", "kind", "input", "light", "movesOn",
                        "norm"),
                phaseChange.getJsonObject("phase").keySet());
        assertEquals(240, phaseChange.getJsonObject("phase").getJsonNumber("remaining").longValue());
        assertEquals("Clarifying questions", phaseChange.getJsonObject("phase").getString("title"));

        Meeting meeting = atTheQuestions();
        Contribution question = mayaAsks(meeting, "What have you <b>tried</b>?");
        question.toggleVote(11);
        Instant now = T0.plusSeconds(630);
        JsonObject saidAndLiked = read(Push.withVotes(Push.of(MeetingChanged.added(7, 41), meeting, question, 3, now), question, now)
                .toJson());
        assertEquals(Set.of("change", "pace", "added", "votes"), saidAndLiked.keySet());
        JsonObject said = saidAndLiked.getJsonArray("added").getJsonObject(0);
        assertEquals(Set.of("id", "phase", "kind", "parent", "author", "body", "type", "prompt"), said.keySet());
        assertEquals(41, said.getJsonNumber("id").longValue());
        assertEquals("What have you <b>tried</b>?", said.getString("body"), "as typed");
        JsonObject votes = saidAndLiked.getJsonArray("votes").getJsonObject(0);
        assertEquals(Set.of("id", "count", "at"), votes.keySet(), "who pressed is not said");
        assertEquals(Push.micros(now), votes.getJsonNumber("at").longValue(), "microseconds, exact");

        JsonObject arrival = read(Push.of(MeetingChanged.arrived(7, 12), meeting, null, "Maya Chen", 41, now, false).toJson());
        assertEquals(Set.of("change", "pace", "present"), arrival.keySet());
        assertEquals(Set.of("count", "names"), arrival.getJsonObject("present").keySet());
    }
}
