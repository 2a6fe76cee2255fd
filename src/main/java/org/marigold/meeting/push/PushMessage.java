package org.marigold.meeting.push;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.Phase;

/**
 * What a meeting's open pages are pushed when it changes, built once per change for everyone:
 * <ul>
 * <li>{@code change}: the part that changed; each page re-renders that part with its own request;</li>
 * <li>{@code pace}: how far apart, in milliseconds, a page spreads those requests: a page waits a random part of it
 * before the first and all of it between two, so a meeting of hundreds does not send hundreds of requests at once;</li>
 * <li>{@code phase} (phase and clock changes of a running meeting): the phase now (number, title, instructions, the
 * wording a built-in phase follows, which the page shows in its own language instead, the clock, its kind and the
 * contribution its input takes), which the page shows at once, before and whatever its
 * re-render takes; {@code light} when the phase moved to shows nothing yet, so that most pages need no re-render;</li>
 * <li>{@code present} (someone arrived): how many are here and the newcomers' names (several when they arrived close
 * together), which a page adds to who is here;</li>
 * <li>{@code added} (something new was said): a list of the contributions themselves (id, phase, kind, parent, author,
 * words, question type, chat prompt number), in the order they were said, which a page adds to its list from a template
 * it holds, with no re-render; several when they were said close together ({@link SaidTogether}). Everyone the push
 * reaches may read the meeting's contributions (the channel is the meeting's, its pages open only to them).</li>
 * <li>{@code votes} (a like or a +1, or one taken back): a list of the contributions' ids, each with its count now and
 * when it was read, which a page puts on that contribution's button, with no re-render (a later reading wins over an
 * earlier one that arrives after it); several when pressed close together ({@link SaidTogether}). Who pressed is not
 * said: the presser's own page re-renders its list, with the button pressed.</li>
 * </ul>
 */
public final class PushMessage {

    /** The spread grows with the people present, so the server sees about the same request rate however many came. */
    static final Duration PACE_PER_PERSON = Duration.ofMillis(30);
    static final Duration LONGEST_PACE = Duration.ofSeconds(20);

    private PushMessage() {
    }

    static long paceMillis(long present) {
        return Math.min(LONGEST_PACE.toMillis(), PACE_PER_PERSON.toMillis() * Math.max(0, present));
    }

    /** The message for this change of this meeting (as it stands after the change), with {@code present} people in it. */
    public static HashMap<String, Object> of(MeetingChanged changed, Meeting meeting, Contribution added, long present, Instant now) {
        return of(changed, meeting, added, null, present, now, false);
    }

    /**
     * The same, {@code arrived} naming who just came (for an arrival); {@code showsNothingYet}: the phase a phase change
     * moved to shows nothing yet, and pages may show it from the push alone ({@code light}, see
     * {@code marigold.stepLightly}).
     */
    public static HashMap<String, Object> of(MeetingChanged changed, Meeting meeting, Contribution added, String arrived, long present,
                                             Instant now, boolean showsNothingYet) {
        HashMap<String, Object> message = new HashMap<>();
        message.put("change", changed.change().event());
        message.put("pace", paceMillis(present));
        boolean clock = changed.change() == MeetingChanged.Change.PHASE || changed.change() == MeetingChanged.Change.STAGE;
        if (clock && meeting != null && meeting.isRunning() && meeting.currentPhase() != null) {
            Phase phase = meeting.currentPhase();
            Map<String, Object> shown = new HashMap<>();
            shown.put("index", meeting.getPhaseIndex());
            shown.put("count", meeting.getPhases().size());
            shown.put("title", phase.getTitle());
            shown.put("instructions", phase.getInstructions() == null ? "" : phase.getInstructions());
            shown.put("wording", phase.getWording() == null ? "" : phase.getWording()); // each page words a built-in phase in its own language
            shown.put("remaining", meeting.remaining(now).toSeconds());
            shown.put("paused", meeting.isPaused());
            shown.put("kind", phase.getKind().name());
            ContributionKind input = phase.getKind().mainContribution();
            shown.put("input", input == null ? "" : input.name());
            shown.put("light", showsNothingYet && changed.change() == MeetingChanged.Change.PHASE);
            message.put("phase", shown);
        }
        if (arrived != null) {
            Map<String, Object> here = new HashMap<>();
            here.put("count", present);
            here.put("names", List.of(arrived));
            message.put("present", here);
        }
        if (added != null && meeting != null) {
            Map<String, Object> said = new HashMap<>();
            said.put("id", added.getId());
            said.put("phase", added.getPhaseIndex());
            said.put("kind", added.getKind().name());
            said.put("parent", added.getParent() == null ? 0L : added.getParent().getId());
            said.put("author", added.getAuthor() == null ? "" : added.getAuthor().getDisplayName());
            said.put("body", added.getBody());
            said.put("questionType", added.getQuestionType() == null ? "" : added.getQuestionType().name());
            said.put("prompt", added.getKind() == ContributionKind.ANSWER ? meeting.promptNumber(added.getPhaseIndex()) : 0);
            message.put("added", List.of(said));
        }
        return message;
    }

    /** An instant in microseconds since 1970, as a page compares them (within a JavaScript number's exact range). */
    public static long micros(Instant instant) {
        return instant.toEpochMilli() * 1000 + instant.getNano() / 1000 % 1000;
    }

    /** Adds to {@code message} the votes {@code counted} has now, read at {@code now}. */
    static HashMap<String, Object> withVotes(HashMap<String, Object> message, Contribution counted, Instant now) {
        Map<String, Object> votes = new HashMap<>();
        votes.put("id", counted.getId());
        votes.put("count", counted.getVotes());
        votes.put("at", micros(now));
        message.put("votes", List.of(votes));
        return message;
    }

    /**
     * Pushes that each carry something new said or a new count of likes, or an arrival, as one: what each carried, in
     * order (what was said, then the counts; the newcomers' names with the latest count of who is here), spread over the
     * longest pace.
     */
    static HashMap<String, Object> together(List<HashMap<String, Object>> messages) {
        if (messages.size() == 1) {
            return messages.get(0);
        }
        HashMap<String, Object> together = new HashMap<>(messages.get(messages.size() - 1));
        List<Object> added = new ArrayList<>();
        List<Object> votes = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        long pace = 0;
        for (HashMap<String, Object> message : messages) {
            added.addAll((List<?>) message.getOrDefault("added", List.of()));
            votes.addAll((List<?>) message.getOrDefault("votes", List.of()));
            if (message.get("present") instanceof Map<?, ?> present) {
                names.addAll((List<?>) present.get("names"));
            }
            pace = Math.max(pace, ((Number) message.get("pace")).longValue());
        }
        if (together.get("present") instanceof Map<?, ?> latest) {
            Map<String, Object> here = new HashMap<>();
            here.put("count", latest.get("count"));
            here.put("names", names);
            together.put("present", here);
        }
        together.remove("added");
        together.remove("votes");
        if (!added.isEmpty()) {
            together.put("added", added);
        }
        if (!votes.isEmpty()) {
            together.put("votes", votes);
        }
        together.put("pace", pace);
        return together;
    }
}
