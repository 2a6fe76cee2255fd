package org.marigold.meeting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.Speakers;

/** One phase as a form edits it: in a meeting's preparation and in the protocol template editor. */
public class PhaseForm implements Serializable {

    @NotNull(message = "{phase.kind.required}")
    private PhaseKind kind = PhaseKind.DISCUSSION;

    @NotBlank(message = "{phase.title.required}")
    @Size(max = Phase.TITLE_MAX, message = "{phase.title.tooLong}")
    private String title;

    @Size(max = Phase.INSTRUCTIONS_MAX, message = "{phase.instructions.tooLong}")
    private String instructions;

    @Size(max = Phase.CUE_MAX, message = "{phase.cue.tooLong}")
    private String cue;

    @Size(max = Phase.NORM_MAX, message = "{phase.norm.tooLong}")
    private String norm;

    @NotNull(message = "{phase.minutes.range}")
    @Min(value = 1, message = "{phase.minutes.range}")
    @Max(value = Phase.MINUTES_MAX, message = "{phase.minutes.range}")
    private Integer minutes = 5;

    @NotNull(message = "{phase.speakers.required}")
    private Speakers speakers = Speakers.EVERYONE;

    private boolean movesOn;

    /** The instructions (a chat's question) written in other languages too, by language tag ("fr"). */
    private Map<String, String> translations = new HashMap<>();

    public PhaseForm() {
    }

    public PhaseForm(Phase phase) {
        kind = phase.getKind();
        title = phase.getTitle();
        instructions = phase.getInstructions();
        cue = phase.getCue();
        norm = phase.getNorm();
        minutes = phase.getMinutes();
        speakers = phase.getSpeakers();
        movesOn = phase.isMovesOn();
        translations = new HashMap<>(phase.getTranslations());
    }

    public Phase toPhase() {
        return new Phase(kind, title, instructions, minutes, speakers).scripted(cue, norm).movingOn(movesOn);
    }

    public Map<String, String> getTranslations() {
        return translations;
    }

    /** Whether the texts in other languages differ from the phase's (blank and absent alike). */
    public boolean retranslates(Phase phase) {
        Map<String, String> written = new HashMap<>();
        translations.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(language, text.strip());
            }
        });
        return !written.equals(phase.getTranslations());
    }

    /** Whether the phase moves on by itself when its time is up (the last phase never does). */
    public boolean isMovesOn() {
        return movesOn;
    }

    public void setMovesOn(boolean movesOn) {
        this.movesOn = movesOn;
    }

    public PhaseKind getKind() {
        return kind;
    }

    public void setKind(PhaseKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    /** What the facilitator says and watches for (facilitators only). */
    public String getCue() {
        return cue;
    }

    public void setCue(String cue) {
        this.cue = cue;
    }

    /** How everyone takes part (shown to all). */
    public String getNorm() {
        return norm;
    }

    public void setNorm(String norm) {
        this.norm = norm;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Speakers getSpeakers() {
        return speakers;
    }

    public void setSpeakers(Speakers speakers) {
        this.speakers = speakers;
    }
}
