package org.marigold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void writtenTextLosesItsSurroundingSpacesAndMustSaySomething() {
        assertEquals("Roles worked", Text.written("  Roles worked \n", 100, "comment", "record.comment"));
        Rejected blank = assertThrows(Rejected.class, () -> Text.written(" \t ", 100, "comment", "record.comment"));
        assertEquals("record.comment.empty", blank.messageKey());
        assertEquals("comment", blank.field(), "shown beside its field");
        assertEquals("record.comment.empty", assertThrows(Rejected.class, () -> Text.written(null, 100, "comment", "record.comment")).messageKey());
    }

    @Test
    void writtenTextLongerThanAllowedIsRefusedWithTheLimit() {
        assertEquals("x".repeat(10), Text.written("x".repeat(10), 10, "note", "breakout.note"));
        Rejected tooLong = assertThrows(Rejected.class, () -> Text.written("x".repeat(11), 10, "note", "breakout.note"));
        assertEquals("breakout.note.tooLong", tooLong.messageKey());
        assertEquals(10, tooLong.arguments()[0]);
    }

    @Test
    void searchWordsAreDistinctLowerCasedWithoutWildcardsAndFew() {
        assertEquals(List.of("reading", "stamina"), Text.searchWords("  Reading   STAMINA reading ", 6));
        assertEquals(List.of("50", "grade3"), Text.searchWords("50% grade_3", 6), "% and _ are not wildcards");
        assertEquals(List.of(), Text.searchWords("%% _", 6));
        assertEquals(List.of(), Text.searchWords(null, 6));
        assertEquals(List.of("a", "b"), Text.searchWords("a b c d", 2));
    }
}
