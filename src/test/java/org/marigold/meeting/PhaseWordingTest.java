package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

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
}
