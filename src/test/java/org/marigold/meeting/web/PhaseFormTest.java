package org.marigold.meeting.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.Speakers;

/** The template editor and the meeting's preparation edit a phase through its form, gentle timing included. */
class PhaseFormTest {

    @Test
    void whetherAPhaseMovesOnByItselfGoesThroughItsForm() {
        Phase questions = new Phase(PhaseKind.QUESTIONS, "Clarifying questions", null, 5, Speakers.EVERYONE);
        assertFalse(new PhaseForm(questions).toPhase().isMovesOn());
        PhaseForm form = new PhaseForm(questions.movingOn(true));
        assertTrue(form.isMovesOn());
        assertTrue(form.toPhase().isMovesOn());
        form.setMovesOn(false);
        assertFalse(form.toPhase().isMovesOn());
    }
}
