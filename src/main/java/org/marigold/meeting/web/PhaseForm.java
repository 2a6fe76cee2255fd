package org.marigold.meeting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
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
    }

    public Phase toPhase() {
        return new Phase(kind, title, instructions, minutes, speakers).scripted(cue, norm).movingOn(movesOn);
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
