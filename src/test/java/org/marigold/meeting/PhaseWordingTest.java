package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** A built-in protocol's words follow each viewer's language; a facilitator's words stay as written. */
class PhaseWordingTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    static Phase clarifying() {
        return new Phase(PhaseKind.QUESTIONS, "Clarifying questions", "Ask brief, factual questions.", 5, Speakers.EVERYONE)
                .following("protocol.consultancy.1");
    }

    @Test
    void aBuiltInPhaseReadsInTheViewersLanguage() {
        assertEquals("Questions de clarification", clarifying().in(Locale.FRENCH).getTitle());
        assertEquals("Clarifying questions", clarifying().in(Locale.ENGLISH).getTitle());
        assertEquals("protocol.consultancy.1", clarifying().in(Locale.FRENCH).getWording(), "it still follows its wording");
        assertEquals("Clarifying questions", clarifying().in(Locale.GERMAN).getTitle(), "a language the bundles lack: English");
    }

    @Test
    void aFacilitatorsWordsStayAsWrittenButMoreMinutesKeepTheBuiltInOnes() {
        Phase longer = clarifying().adjusted("Clarifying questions", "Ask brief, factual questions.", 8);
        assertEquals("Questions de clarification", longer.in(Locale.FRENCH).getTitle());
        assertEquals(8, longer.in(Locale.FRENCH).getMinutes());
        Phase ours = clarifying().adjusted("Our questions", "Two each", 5);
        assertNull(ours.getWording());
        assertEquals("Our questions", ours.in(SPANISH).getTitle());
        assertEquals("Two each", ours.in(Locale.FRENCH).getInstructions());
    }

    @Test
    void aCommunitysCopyIsItsOwnWords() {
        assertNull(clarifying().asWritten().getWording());
        assertEquals("Clarifying questions", clarifying().asWritten().in(Locale.FRENCH).getTitle());
    }

    @Test
    void aBuiltInProtocolsNameFollowsTheLanguageAndACommunitysOwnStaysAsWritten() {
        assertEquals("Clavardage (format #edchat)", ProtocolTemplate.nameOf("chat", "Chat (#edchat format)", Locale.FRENCH));
        assertEquals("Chat (#edchat format)", ProtocolTemplate.nameOf("chat", "Chat (#edchat format)", Locale.ENGLISH));
        ProtocolTemplate ours = new ProtocolTemplate(null, "Notre tour de table", "Chacun parle", java.util.List.of(clarifying()),
                java.time.Instant.parse("2026-12-03T00:00:00Z"));
        assertEquals("Notre tour de table", ours.nameIn(SPANISH));
        assertEquals("Chacun parle", ours.descriptionIn(SPANISH));
    }

    /** The protocol as a script: a built-in phase's cue card and norm follow the viewer's language like its words. */
    @Test
    void aBuiltInPhasesCueCardAndNormReadInTheViewersLanguage() {
        assertEquals("Des questions brèves et factuelles ; la personne qui présente répond brièvement.", clarifying().in(Locale.FRENCH).getNorm());
        assertTrue(clarifying().in(SPANISH).getCue().startsWith("Las preguntas aclaratorias"), clarifying().in(SPANISH).getCue());
        assertTrue(clarifying().in(Locale.ENGLISH).getCue().contains("re-tag it"));
        java.util.Map<String, Integer> phases = java.util.Map.of("consultancy", 6, "consultancy-classic", 6, "chat", 5, "what-so-what", 4,
                "four-as", 6, "flash-consultancy", 5);
        for (String protocol : phases.keySet()) {
            for (int phase = 0; phase < phases.get(protocol); phase++) {
                Phase worded = new Phase(PhaseKind.DISCUSSION, "x", null, 5, Speakers.EVERYONE).following("protocol." + protocol + "." + phase);
                assertTrue(!worded.in(Locale.FRENCH).getTitle().equals("x") && !worded.in(SPANISH).getTitle().equals("x"),
                        protocol + " " + phase + " is worded");
                for (Locale language : java.util.List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH)) {
                    assertTrue(worded.in(language).getCue() != null && worded.in(language).getNorm() != null, protocol + " " + phase + " " + language);
                }
            }
        }
    }

    @Test
    void aFacilitatorsOwnScriptIsKeptAsWrittenAndAnUntouchedOneStaysBuiltIn() {
        Phase shown = clarifying().in(Locale.FRENCH);
        Phase same = clarifying().adjusted("Clarifying questions", "Ask brief, factual questions.", null, null, 7);
        assertEquals("protocol.consultancy.1", same.getWording(), "only the minutes changed");
        Phase ours = clarifying().adjusted(shown.getTitle(), shown.getInstructions(), "Deux questions chacun, pas plus.", shown.getNorm(), 5);
        assertNull(ours.getWording());
        assertEquals("Deux questions chacun, pas plus.", ours.in(SPANISH).getCue(), "as written, in every language");
        assertEquals(shown.getNorm(), ours.in(Locale.ENGLISH).getNorm());
        assertEquals("Deux questions chacun, pas plus.", ours.asWritten().getCue());
        assertEquals("phase.cue.tooLong", assertThrows(Rejected.class, () -> clarifying().scripted("x".repeat(Phase.CUE_MAX + 1), null)).messageKey());
        assertEquals("phase.norm.tooLong", assertThrows(Rejected.class, () -> clarifying().scripted(null, "x".repeat(Phase.NORM_MAX + 1))).messageKey());
        assertNull(clarifying().scripted("  ", "").getNorm(), "blank is none");

        Phase ownNorm = clarifying().adjusted("Clarifying questions", "Ask brief, factual questions.", null, "One question at a time.", 5);
        assertEquals("Questions de clarification", ownNorm.in(Locale.FRENCH).getTitle(), "a new norm alone leaves the words built in");
        assertEquals("One question at a time.", ownNorm.in(Locale.FRENCH).getNorm());
        assertNull(ownNorm.in(Locale.FRENCH).getCue(), "the script as the facilitator left it");
    }
}
