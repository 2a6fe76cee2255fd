package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** Protocols shared as JSON files: what is written reads back the same; a bad file is refused saying what and where. */
class ProtocolJsonTest {

    static ProtocolTemplate tuning() {
        return new ProtocolTemplate(null, "Tuning « à notre façon »", "Warm and cool feedback, kept apart", List.of(
                new Phase(PhaseKind.PRESENTATION, "Presentation", "The presenter shares the work.", 10, Speakers.PRESENTER)
                        .scripted("Ask for the focusing question.", "The presenter speaks; everyone listens."),
                new Phase(PhaseKind.QUESTIONS, "Clarifying questions", null, 5, Speakers.EVERYONE).movingOn(true),
                new Phase(PhaseKind.DEBRIEF, "Debrief", "One line each — ✨ emoji welcome", 5, Speakers.EVERYONE)), Instant.EPOCH);
    }

    @Test
    void aProtocolWrittenAsJsonReadsBackTheSame() {
        ProtocolJson.Read read = ProtocolJson.read(ProtocolJson.write(tuning()));
        assertEquals("Tuning « à notre façon »", read.name());
        assertEquals("Warm and cool feedback, kept apart", read.description());
        assertEquals(3, read.phases().size());
        for (int i = 0; i < 3; i++) {
            Phase written = tuning().getPhases().get(i);
            Phase back = read.phases().get(i);
            assertEquals(List.of(written.getKind(), written.getTitle(), String.valueOf(written.getInstructions()), String.valueOf(written.getCue()),
                            String.valueOf(written.getNorm()), written.getMinutes(), written.getSpeakers(), written.isMovesOn()),
                    List.of(back.getKind(), back.getTitle(), String.valueOf(back.getInstructions()), String.valueOf(back.getCue()),
                            String.valueOf(back.getNorm()), back.getMinutes(), back.getSpeakers(), back.isMovesOn()));
        }
        assertTrue(ProtocolJson.write(tuning()).contains("\"format\": \"marigold-protocol\""), ProtocolJson.write(tuning()));
    }

    @Test
    void aBadFileIsRefusedSayingWhatAndWhere() {
        assertEquals("template.import.notJson", refused("{\"format\": \"marigold-protocol\",\n  \"version\": 1,,}").messageKey());
        assertEquals(List.of(2L, 16L), java.util.Arrays.stream(refused("{\"format\": \"marigold-protocol\",\n  \"version\": 1,,}").arguments())
                .map(n -> ((Number) n).longValue()).toList(), "line and column");
        assertEquals("template.import.notProtocol", refused("[1, 2]").messageKey());
        assertEquals("template.import.notProtocol", refused("{\"name\": \"x\", \"phases\": []}").messageKey());
        assertEquals("template.import.newer", refused(document(2, "\"kind\": \"QUESTIONS\", \"title\": \"Q\", \"minutes\": 5, \"speakers\": \"EVERYONE\"")).messageKey());
        Rejected kind = refused(document(1, "\"kind\": \"WARM_FEEDBACK\", \"title\": \"Warm\", \"minutes\": 5, \"speakers\": \"EVERYONE\""));
        assertEquals("template.import.kind", kind.messageKey());
        assertEquals(1, kind.arguments()[0]);
        assertEquals("WARM_FEEDBACK", kind.arguments()[1]);
        assertTrue(kind.arguments()[2].toString().contains("QUESTIONS"), "the kinds Marigold knows are listed");
        assertEquals("template.import.minutes", refused(document(1, "\"kind\": \"QUESTIONS\", \"title\": \"Q\", \"minutes\": 0, \"speakers\": \"EVERYONE\"")).messageKey());
        assertEquals("template.import.minutes", refused(document(1, "\"kind\": \"QUESTIONS\", \"title\": \"Q\", \"minutes\": \"5\", \"speakers\": \"EVERYONE\"")).messageKey());
        assertEquals("template.import.phaseMissing", refused(document(1, "\"kind\": \"QUESTIONS\", \"minutes\": 5, \"speakers\": \"EVERYONE\"")).messageKey());
        assertEquals("template.import.phaseMarkup", refused(document(1,
                "\"kind\": \"QUESTIONS\", \"title\": \"Q\", \"cue\": \"Say <script>alert(1)</script>\", \"minutes\": 5, \"speakers\": \"EVERYONE\"")).messageKey());
        assertEquals("template.import.phaseMarkup", refused(document(1,
                "\"kind\": \"QUESTIONS\", \"title\": \"Q\", \"norm\": \"javascript:alert(1)\", \"minutes\": 5, \"speakers\": \"EVERYONE\"")).messageKey());
        assertEquals("template.import.speakers", refused(document(1, "\"kind\": \"QUESTIONS\", \"title\": \"Q\", \"minutes\": 5")).messageKey());
        assertEquals("template.import.noPhases", refused("{\"format\": \"marigold-protocol\", \"version\": 1, \"name\": \"x\", \"phases\": []}").messageKey());
        assertEquals("template.import.missing", refused("{\"format\": \"marigold-protocol\", \"version\": 1, \"phases\": [{}]}").messageKey());
        assertEquals("template.import.empty", refused("  ").messageKey());
        assertEquals("file", refused("nope").field(), "the message goes beside the file field");
    }

    @Test
    void plainTextWithComparisonsIsNotMarkup() {
        ProtocolJson.Read read = ProtocolJson.read(document(1,
                "\"kind\": \"QUESTIONS\", \"title\": \"Q < 5 min, then > 2\", \"minutes\": 5, \"speakers\": \"EVERYONE\""));
        assertEquals("Q < 5 min, then > 2", read.phases().get(0).getTitle());
    }

    private static String document(int version, String phase) {
        return "{\"format\": \"marigold-protocol\", \"version\": " + version + ", \"name\": \"Shared\", \"phases\": [{" + phase + "}]}";
    }

    private static Rejected refused(String json) {
        return assertThrows(Rejected.class, () -> ProtocolJson.read(json));
    }
}
