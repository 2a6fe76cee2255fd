package org.marigold.meeting.breakout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** The rules a group's notes and the group itself keep, without a database. */
class BreakoutNoteTest {

    private final Instant now = Instant.parse("2026-11-30T19:45:00Z");

    @Test
    void anEditFromTheCurrentVersionReplacesTheTextAndSaysWhoEdited() {
        BreakoutNote note = new BreakoutNote(null, null, "  Book clubs  ", now);
        assertEquals("Book clubs", note.getBody());
        note.edit(0, "Book clubs with roles", null, now.plusSeconds(60));
        assertEquals("Book clubs with roles", note.getBody());
        assertEquals(now.plusSeconds(60), note.getEditedAt());
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedWithTheTextAsItStands() {
        BreakoutNote note = new BreakoutNote(null, null, "Book clubs", now);
        StaleNote stale = assertThrows(StaleNote.class, () -> note.edit(-1, "Mine instead", null, now));
        assertEquals("Book clubs", stale.currentBody());
        assertEquals("Book clubs", note.getBody(), "nothing changed");
        assertThrows(StaleNote.class, () -> note.requireVersion(3));
    }

    @Test
    void anEmptyOrOverlongNoteIsRefusedOnItsField() {
        assertEquals("breakout.note.empty", assertThrows(Rejected.class, () -> new BreakoutNote(null, null, " \n ", now)).messageKey());
        Rejected tooLong = assertThrows(Rejected.class,
                () -> new BreakoutNote(null, null, "x".repeat(BreakoutNote.BODY_MAX + 1), now));
        assertEquals("note", tooLong.field());
        BreakoutNote note = new BreakoutNote(null, null, "Keep me", now);
        assertThrows(Rejected.class, () -> note.edit(0, "", null, now));
        assertEquals("Keep me", note.getBody());
    }

    @Test
    void aBroadcastSaysSomethingShort() {
        assertEquals("breakout.broadcast.empty", assertThrows(Rejected.class, () -> new Broadcast(null, null, "", now)).messageKey());
        assertEquals("breakout.broadcast.tooLong",
                assertThrows(Rejected.class, () -> new Broadcast(null, null, "x".repeat(Broadcast.BODY_MAX + 1), now)).messageKey());
        assertEquals("Five minutes left", new Broadcast(null, null, " Five minutes left ", now).getBody());
    }

    @Test
    void aGroupMembersChooseHasRoomUntilItsCap() {
        Breakout group = new Breakout(null, 0, "Group 1", null).chosenByMembers(1);
        assertTrue(group.hasRoom());
        group.add(new org.marigold.account.Account("sam@example.org", "Sam", "hash", java.time.ZoneId.of("UTC"), java.util.Locale.ENGLISH, now));
        assertFalse(group.hasRoom());
        assertEquals("name", assertThrows(Rejected.class, () -> group.describe("", null, null, null)).field());
        assertEquals("cap", assertThrows(Rejected.class, () -> group.describe("Equity", null, null, 0)).field());
        group.describe(" Equity ", " Whose voices are missing? ", null, null);
        assertEquals("Equity", group.getName());
        assertEquals("Whose voices are missing?", group.getLens());
        assertTrue(group.hasRoom(), "no cap, no limit");
    }
}
