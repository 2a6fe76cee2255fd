package org.marigold.meeting.push;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.Phase;

/**
 * What a meeting's open pages are pushed when it changes, built once per change for everyone and sent as JSON
 * ({@link #toJson()}); a part that is null is left out.
 *
 * @param change the part that changed; each page re-renders that part with its own request
 * @param pace how far apart, in milliseconds, a page spreads those requests: a page waits a random part of it before the
 *        first and all of it between two, so a meeting of hundreds does not send hundreds of requests at once
 * @param phase (phase and clock changes of a running meeting) the phase now, which the page shows at once, before and
 *        whatever its re-render takes
 * @param present (someone arrived) who is here now, which a page adds to who is here
 * @param added (something new was said) the contributions themselves, in the order they were said, which a page adds to
 *        its list from a template it holds, with no re-render; several when they were said close together
 *        ({@link SaidTogether}). Everyone the push reaches may read the meeting's contributions (the channel is the
 *        meeting's, its pages open only to them).
 * @param votes (a like or a +1, or one taken back) the contributions' new counts, which a page puts on that
 *        contribution's button, with no re-render; several when pressed close together ({@link SaidTogether}). Who
 *        pressed is not said: the presser's own page re-renders its list, with the button pressed.
 * @param version (a facilitator's step of the run, {@link MeetingChanged#run()}) the meeting's version after it: a page
 *        that shows this version already shows the step (the facilitator's page that made it, from its own answer) and
 *        needs no re-render; null for any other change
 */
public record Push(String change, long pace, PhaseNow phase, Present present, List<Said> added, List<Votes> votes, Long version)
        implements Serializable {

    /** The spread grows with the people present, so the server sees about the same request rate however many came. */
    static final Duration PACE_PER_PERSON = Duration.ofMillis(30);
    static final Duration LONGEST_PACE = Duration.ofSeconds(20);

    /** Thread-safe and costly to make: one serves every push. */
    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * The phase a running meeting is in.
     *
     * @param index its number, from 0
     * @param count how many phases the meeting has
     * @param wording the wording a built-in phase follows, which each page shows in its own language instead ("" for none)
     * @param remaining seconds left on its clock
     * @param kind the name of its {@code PhaseKind}
     * @param input the name of the {@link ContributionKind} its input takes ("" for none)
     * @param light the phase moved to shows nothing yet, so a page may show it from the push alone, with no re-render
     * @param movesOn the phase moves on by itself once its time is up ({@link Meeting#isMovingOn()}): pages count down to it
     * @param norm how everyone takes part in the phase, as written ("" for none; a built-in phase's is in its wording)
     */
    public record PhaseNow(int index, int count, String title, String instructions, String wording, long remaining,
                           boolean paused, String kind, String input, boolean light, boolean movesOn, String norm) implements Serializable {

        static PhaseNow of(Meeting meeting, Instant now, boolean light) {
            Phase phase = meeting.currentPhase();
            ContributionKind input = phase.getKind().mainContribution();
            return new PhaseNow(meeting.getPhaseIndex(), meeting.getPhases().size(), phase.getTitle(), orEmpty(phase.getInstructions()),
                    orEmpty(meeting.wordsKey(meeting.getPhaseIndex())), meeting.remaining(now).toSeconds(), meeting.isPaused(), phase.getKind().name(),
                    input == null ? "" : input.name(), light, meeting.isMovingOn(), orEmpty(phase.getNorm()));
        }
    }

    /**
     * Who is here.
     *
     * @param count how many are here
     * @param names the newcomers' names (several when they arrived close together)
     */
    public record Present(long count, List<String> names) implements Serializable {
    }

    /**
     * Something said.
     *
     * @param phase the number of the phase it was said in
     * @param parent the contribution it answers, 0 for none
     * @param author the author's name, "" for none and in a meeting whose contributions are anonymous (the push goes to all)
     * @param body the words as typed
     * @param type the name of its {@code ContributionType} (clarifying or probing, warm or cool), "" for none
     * @param prompt the number of the chat prompt it answers, 0 when it is not a chat answer
     */
    public record Said(long id, int phase, String kind, long parent, String author, String body, String type,
                       int prompt) implements Serializable {

        static Said of(Contribution said, Meeting meeting) {
            return new Said(said.getId(), said.getPhaseIndex(), said.getKind().name(), said.getParent() == null ? 0L : said.getParent().getId(),
                    said.getAuthor() == null || meeting.isAnonymousContributions() ? "" : said.getAuthor().getDisplayName(), said.getBody(),
                    said.getType() == null ? "" : said.getType().name(),
                    said.getKind() == ContributionKind.ANSWER ? meeting.promptNumber(said.getPhaseIndex()) : 0);
        }
    }

    /**
     * A contribution's likes or +1s.
     *
     * @param count how many it has now
     * @param at when that was read ({@link Push#micros}): a later reading wins over an earlier one that arrives after it
     */
    public record Votes(long id, int count, long at) implements Serializable {
    }

    static long paceMillis(long present) {
        return Math.min(LONGEST_PACE.toMillis(), PACE_PER_PERSON.toMillis() * Math.max(0, present));
    }

    /** The push for this change of this meeting (as it stands after the change), with {@code present} people in it. */
    public static Push of(MeetingChanged changed, Meeting meeting, Contribution added, long present, Instant now) {
        return of(changed, meeting, added, null, present, now, false);
    }

    /**
     * The same, {@code arrived} naming who just came (for an arrival); {@code showsNothingYet}: the phase a phase change
     * moved to shows nothing yet, so a page may show it from the push alone ({@link PhaseNow#light}).
     */
    public static Push of(MeetingChanged changed, Meeting meeting, Contribution added, String arrived, long present, Instant now,
                          boolean showsNothingYet) {
        boolean clock = changed.change() == MeetingChanged.Change.PHASE || changed.change() == MeetingChanged.Change.STAGE;
        boolean running = meeting != null && meeting.isRunning() && meeting.currentPhase() != null;
        return new Push(changed.change().event(), paceMillis(present),
                clock && running ? PhaseNow.of(meeting, now, showsNothingYet && changed.change() == MeetingChanged.Change.PHASE) : null,
                arrived == null ? null : new Present(present, List.of(arrived)),
                added == null || meeting == null ? null : List.of(Said.of(added, meeting)), null,
                changed.run() && meeting != null ? Long.valueOf(meeting.getVersion()) : null);
    }

    /** An instant in microseconds since 1970, as a page compares them (within a JavaScript number's exact range). */
    public static long micros(Instant instant) {
        return instant.toEpochMilli() * 1000 + instant.getNano() / 1000 % 1000;
    }

    /** {@code push} with the votes {@code counted} has now, read at {@code now}. */
    static Push withVotes(Push push, Contribution counted, Instant now) {
        return new Push(push.change(), push.pace(), push.phase(), push.present(), push.added(),
                List.of(new Votes(counted.getId(), counted.getVotes(), micros(now))), push.version());
    }

    /**
     * Pushes that each carry something new said or a new count of likes, or an arrival, as one: what each carried, in
     * order (what was said, then the counts; the newcomers' names with the latest count of who is here), spread over the
     * longest pace.
     */
    static Push together(List<Push> pushes) {
        if (pushes.size() == 1) {
            return pushes.get(0);
        }
        Push latest = pushes.get(pushes.size() - 1);
        List<Said> added = new ArrayList<>();
        List<Votes> votes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long pace = 0;
        for (Push push : pushes) {
            added.addAll(push.added() == null ? List.of() : push.added());
            votes.addAll(push.votes() == null ? List.of() : push.votes());
            names.addAll(push.present() == null ? List.of() : push.present().names());
            pace = Math.max(pace, push.pace());
        }
        Present present = latest.present() == null ? null : new Present(latest.present().count(), List.copyOf(names));
        return new Push(latest.change(), pace, latest.phase(), present, noneIfEmpty(added), noneIfEmpty(votes), latest.version());
    }

    /** What the pages read: the parts that are null left out. */
    public String toJson() {
        return JSON.toJson(this);
    }

    private static <T> List<T> noneIfEmpty(List<T> list) {
        return list.isEmpty() ? null : List.copyOf(list);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
