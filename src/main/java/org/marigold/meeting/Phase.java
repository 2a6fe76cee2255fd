package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;
import org.marigold.platform.Wording;

/**
 * One step of a protocol: what kind it is, its title and instructions, how long it is planned to take, who speaks,
 * and its script: a cue card for facilitators (what to say, what to watch for) and a norm everyone sees ("The
 * presenter listens and takes notes"). A built-in protocol's phase also names its wording in the bundles
 * ({@code protocol.chat.1}: its {@code .title}, {@code .instructions}, {@code .cue} and {@code .norm}), so each viewer
 * reads it in their own language; words a facilitator wrote have none, and are read as written.
 */
@Embeddable
public class Phase implements Serializable {

    public static final int TITLE_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 2000;
    public static final int MINUTES_MAX = 240;
    public static final int CUE_MAX = 2000;
    public static final int NORM_MAX = 300;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PhaseKind kind;

    @Column(nullable = false)
    private String title;

    private String instructions;

    /** What the facilitator says and watches for in this phase; shown to facilitators only. */
    private String cue;

    /** How everyone takes part in this phase, shown to all ("The presenter listens and takes notes"). */
    private String norm;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Speakers speakers;

    /** The bundles' key for a built-in phase's words, or null for words as written. */
    private String wording;

    /**
     * Gentle timing: when the phase's time is up the meeting moves on by itself, {@link Meeting#MOVE_ON_GRACE} later,
     * unless a facilitator chooses to stay (everyone sees "Moving on in 10 s" meanwhile). Never the last phase.
     */
    @Column(name = "moves_on", nullable = false)
    private boolean movesOn;

    /** A built-in phase whose cue card or norm a facilitator rewrote: those are as written, its words still follow the bundles. */
    @Column(name = "script_written", nullable = false)
    private boolean scriptWritten;

    protected Phase() {
    }

    public Phase(PhaseKind kind, String title, String instructions, int minutes, Speakers speakers) {
        if (minutes < 1 || minutes > MINUTES_MAX) {
            throw new IllegalArgumentException("A phase lasts 1 to " + MINUTES_MAX + " minutes");
        }
        this.kind = kind;
        this.title = title.strip();
        this.instructions = Text.orNull(instructions);
        this.minutes = minutes;
        this.speakers = speakers;
    }

    public Phase copy() {
        Phase copy = new Phase(kind, title, instructions, minutes, speakers);
        copy.cue = cue;
        copy.norm = norm;
        copy.wording = wording;
        copy.movesOn = movesOn;
        copy.scriptWritten = scriptWritten;
        return copy;
    }

    /** The same phase with this script: a cue card for facilitators and a norm for everyone (either may be empty). */
    public Phase scripted(String cueCard, String normForAll) {
        String newCue = Text.orNull(cueCard);
        String newNorm = Text.orNull(normForAll);
        if (newCue != null && newCue.length() > CUE_MAX) {
            throw Rejected.onField("cue", "phase.cue.tooLong", CUE_MAX);
        }
        if (newNorm != null && newNorm.length() > NORM_MAX) {
            throw Rejected.onField("norm", "phase.norm.tooLong", NORM_MAX);
        }
        Phase copy = copy();
        copy.cue = newCue;
        copy.norm = newNorm;
        return copy;
    }

    /** The same phase, moving on by itself when its time is up, or not (see {@link #isMovesOn()}). */
    public Phase movingOn(boolean automatically) {
        Phase copy = copy();
        copy.movesOn = automatically;
        return copy;
    }

    /** This phase as a built-in protocol's, following the bundles' wording {@code key} (built-ins come from the database). */
    Phase following(String key) {
        Phase worded = copy();
        worded.wording = key;
        return worded;
    }

    /** The same phase with its words as they stand here, no longer following the bundles (a community's own copy). */
    public Phase asWritten() {
        Phase written = new Phase(kind, title, instructions, minutes, speakers);
        written.cue = cue;
        written.norm = norm;
        written.movesOn = movesOn;
        return written;
    }

    /**
     * The phase adjusted by a facilitator. Its words stay the built-in wording while they are the ones it has (only its
     * minutes changed); new words are the facilitator's, shown as written.
     */
    public Phase adjusted(String newTitle, String newInstructions, int newMinutes) {
        return adjusted(newTitle, newInstructions, cue, norm, newMinutes);
    }

    /** The phase adjusted by a facilitator, its script too (see {@link #adjusted(String, String, int)}). */
    public Phase adjusted(String newTitle, String newInstructions, String newCue, String newNorm, int newMinutes) {
        Phase adjusted = new Phase(kind, newTitle, newInstructions, newMinutes, speakers).scripted(newCue, newNorm);
        adjusted.movesOn = movesOn;
        if (adjusted.title.equals(title) && Objects.equals(adjusted.instructions, instructions)) {
            adjusted.wording = wording; // the script alone may be the facilitator's own
        }
        adjusted.scriptWritten = Objects.equals(adjusted.cue, cue) && Objects.equals(adjusted.norm, norm) ? scriptWritten : true;
        return adjusted;
    }

    /** The phase worded in this language: a built-in phase's words from the bundles (when they have them), others as written. */
    public Phase in(Locale language) {
        if (wording == null) {
            return this;
        }
        Phase worded = new Phase(kind, Wording.find(language, wording + ".title").orElse(title),
                Wording.find(language, wording + ".instructions").orElse(instructions), minutes, speakers);
        worded.cue = scriptWritten ? cue : Wording.find(language, wording + ".cue").orElse(cue);
        worded.norm = scriptWritten ? norm : Wording.find(language, wording + ".norm").orElse(norm);
        worded.scriptWritten = scriptWritten;
        worded.wording = wording;
        worded.movesOn = movesOn;
        return worded;
    }

    /** The bundles' key this phase's words follow ({@code protocol.chat.1}), or null when they are as written. */
    public String getWording() {
        return wording;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    public PhaseKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    /** The facilitator's cue card, or null. */
    public String getCue() {
        return cue;
    }

    /** The norm everyone sees, or null. */
    public String getNorm() {
        return norm;
    }

    public int getMinutes() {
        return minutes;
    }

    public Speakers getSpeakers() {
        return speakers;
    }

    public boolean isMovesOn() {
        return movesOn;
    }
}
