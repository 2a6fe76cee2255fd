package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** A bilingual chat's question: each reader is shown theirs first, and may show the others, each once. */
class BilingualPhaseTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Phase question() {
        return new Phase(PhaseKind.PROMPT, "Q1", "What did you try this week?", 10, Speakers.EVERYONE);
    }

    @Test
    void eachReaderIsShownTheirLanguageFirstAndMayShowTheOthers() {
        Phase q1 = question().translated(Map.of("en", "What did you try this week?", "fr", "Qu’avez-vous essayé cette semaine ?"));

        assertEquals("What did you try this week?", q1.shownIn(Locale.ENGLISH).getInstructions());
        assertEquals(List.of(new Phase.OtherText("fr", "Qu’avez-vous essayé cette semaine ?")), q1.othersIn(Locale.ENGLISH),
                "the English written again is not offered twice");
        assertEquals("Qu’avez-vous essayé cette semaine ?", q1.shownIn(Locale.FRENCH).getInstructions());
        assertEquals(List.of(new Phase.OtherText("en", "What did you try this week?")), q1.othersIn(Locale.FRENCH));
        assertEquals("What did you try this week?", q1.shownIn(SPANISH).getInstructions(), "no Spanish: as written");
        assertEquals(List.of(new Phase.OtherText("fr", "Qu’avez-vous essayé cette semaine ?")), q1.othersIn(SPANISH));
        assertEquals("What did you try this week?", q1.getInstructions(), "the phase itself keeps its words as written");
    }

    @Test
    void aBuiltInQuestionWrittenInFrenchTooOffersItsOwnEnglishWordsNotTheFrenchAgain() {
        Phase q1 = question().following("protocol.chat.1").translated(Map.of("fr", "Qu’est-ce qui aide vos lecteurs ?"));

        assertEquals("Qu’est-ce qui aide vos lecteurs ?", q1.shownIn(Locale.FRENCH).getInstructions());
        assertEquals(new Phase.OtherText("en", "What does reading stamina look like in your classroom?"), q1.othersIn(Locale.FRENCH).get(0),
                "the built-in English, not the built-in French as 'first written'");
        assertTrue(q1.othersIn(Locale.FRENCH).stream().noneMatch(other -> other.text().startsWith("À quoi")), q1.othersIn(Locale.FRENCH).toString());
        assertEquals(new Phase.OtherText("fr", "Qu’est-ce qui aide vos lecteurs ?"), q1.othersIn(Locale.ENGLISH).get(0));
    }

    @Test
    void aQuestionWrittenInOneLanguageOffersNoOthersAndTheTextsTravelWithItsChanges() {
        assertEquals(List.of(), question().othersIn(Locale.FRENCH));
        assertFalse(question().isTranslated());
        Phase q1 = question().translated(Map.of("fr", "Qu’avez-vous essayé ?", "es", " "));
        assertEquals(Map.of("fr", "Qu’avez-vous essayé ?"), q1.getTranslations(), "a blank text is none");
        Phase adjusted = q1.adjusted("Q1", "What did you try, this week?", 12);
        assertTrue(adjusted.isTranslated(), "rewording the question keeps its other languages, for the facilitator to update");
        assertEquals(List.of(new Phase.OtherText("", "What did you try, this week?")), adjusted.othersIn(Locale.FRENCH),
                "a French reader may show it as first written");
        assertEquals("phase.instructions.tooLong", assertThrows(Rejected.class,
                () -> question().translated(Map.of("es", "x".repeat(Phase.INSTRUCTIONS_MAX + 1)))).messageKey());
    }
}
