package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Duration;
import org.marigold.platform.Text;

/** One step of a protocol: what kind it is, its title and instructions, how long it is planned to take, who speaks. */
@Embeddable
public class Phase implements Serializable {

    public static final int TITLE_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 2000;
    public static final int MINUTES_MAX = 240;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PhaseKind kind;

    @Column(nullable = false)
    private String title;

    private String instructions;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Speakers speakers;

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
        return new Phase(kind, title, instructions, minutes, speakers);
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

    public int getMinutes() {
        return minutes;
    }

    public Speakers getSpeakers() {
        return speakers;
    }
}
