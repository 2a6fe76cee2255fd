package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The languages a phase's instructions may also be written in (Marigold's). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

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

    /**
     * The instructions (a chat's question) written in Marigold's languages too, for a bilingual chat: each reader is shown
     * theirs first and may show the others ({@link #shownIn}, {@link #othersIn}). Null where none is written.
     */
    @Column(name = "instructions_en")
    private String instructionsEn;

    @Column(name = "instructions_fr")
    private String instructionsFr;

    @Column(name = "instructions_es")
    private String instructionsEs;

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
        return copy.translatedAs(this);
    }

    /** This phase with another's instructions in other languages. */
    private Phase translatedAs(Phase other) {
        instructionsEn = other.instructionsEn;
        instructionsFr = other.instructionsFr;
        instructionsEs = other.instructionsEs;
        return this;
    }

    /**
     * The same phase with its instructions also written in these languages ({@link #LANGUAGES}, by tag: "fr"); a
     * language left out or blank has none. Each text is as long as instructions may be.
     */
    public Phase translated(Map<String, String> texts) {
        Phase copy = copy();
        for (String language : LANGUAGES) {
            String text = Text.orNull(texts.get(language));
            if (text != null && text.length() > INSTRUCTIONS_MAX) {
                throw Rejected.onField("text_" + language, "phase.instructions.tooLong", INSTRUCTIONS_MAX);
            }
            copy.setInstructionsIn(language, text);
        }
        return copy;
    }

    private void setInstructionsIn(String language, String text) {
        switch (language) {
            case "en" -> instructionsEn = text;
            case "fr" -> instructionsFr = text;
            case "es" -> instructionsEs = text;
            default -> throw new IllegalArgumentException("Marigold speaks en, fr and es");
        }
    }

    /** The instructions written in this language (a tag: "fr"), or null. */
    public String instructionsIn(String language) {
        return switch (language) {
            case "en" -> instructionsEn;
            case "fr" -> instructionsFr;
            case "es" -> instructionsEs;
            default -> null;
        };
    }

    /** The instructions written in other languages, by tag, in Marigold's order of languages. */
    public Map<String, String> getTranslations() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (instructionsIn(language) != null) {
                texts.put(language, instructionsIn(language));
            }
        }
        return texts;
    }

    public boolean isTranslated() {
        return instructionsEn != null || instructionsFr != null || instructionsEs != null;
    }

    /** The phase as a reader of this language is shown it: in its wording ({@link #in}), with the instructions written in their language first. */
    public Phase shownIn(Locale language) {
        Phase worded = in(language);
        String own = instructionsIn(language.getLanguage());
        if (own == null) {
            return worded;
        }
        Phase shown = worded.copy();
        shown.instructions = own;
        return shown;
    }

    /**
     * The instructions in the other languages a reader of this language may show (a bilingual chat's question), each
     * once and not the one they are shown: each other language's as written for it, else a built-in phase's own words
     * in that language; and a facilitator's words as first written (tag ""). None for a phase written in one language.
     */
    public List<OtherText> othersIn(Locale language) {
        if (!isTranslated()) {
            return List.of();
        }
        String shown = shownIn(language).getInstructions();
        Map<String, OtherText> others = new LinkedHashMap<>();
        for (String tag : LANGUAGES) {
            if (tag.equals(language.getLanguage())) {
                continue;
            }
            String text = instructionsIn(tag);
            if (text == null && wording != null) {
                text = in(Locale.forLanguageTag(tag)).getInstructions();
            }
            if (text != null && !text.equals(shown)) {
                others.putIfAbsent(text, new OtherText(tag, text));
            }
        }
        if (wording == null && instructions != null && !instructions.equals(shown)) {
            others.putIfAbsent(instructions, new OtherText("", instructions));
        }
        return List.copyOf(others.values());
    }

    /** Instructions in another language ({@code language}, a tag; "" for as first written). */
    public record OtherText(String language, String text) implements Serializable {
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
        return written.translatedAs(this);
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
        Phase adjusted = new Phase(kind, newTitle, newInstructions, newMinutes, speakers).scripted(newCue, newNorm).translatedAs(this);
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
        return worded.translatedAs(this);
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
