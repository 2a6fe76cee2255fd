package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

class ResourceListTest {

    private final Resource a = resource("A");
    private final Resource b = resource("B");
    private final Resource c = resource("C");

    private static Resource resource(String title) {
        return new Resource(null, ResourceKind.LINK, title, new WebLink("https://example.org/" + title), null, null, Instant.EPOCH);
    }

    private ResourceList listOfABC() {
        ResourceList list = new ResourceList(null, "Read-alouds K-3", null, null, Instant.EPOCH);
        list.add(a);
        list.add(b);
        list.add(c);
        return list;
    }

    @Test
    void aResourceIsInAListOnceAndKeepsItsPlace() {
        ResourceList list = listOfABC();
        assertFalse(list.add(a));
        assertEquals(List.of(a, b, c), list.getResources());
    }

    @Test
    void movingUpAndDownChangesTheOrder() {
        ResourceList list = listOfABC();
        list.move(c, -1);
        assertEquals(List.of(a, c, b), list.getResources());
        list.move(a, 1);
        assertEquals(List.of(c, a, b), list.getResources());
    }

    @Test
    void movingPastEitherEndStopsThere() {
        ResourceList list = listOfABC();
        list.move(a, -1);
        list.move(c, 5);
        assertEquals(List.of(a, b, c), list.getResources());
        list.move(c, -10);
        assertEquals(List.of(c, a, b), list.getResources());
    }

    @Test
    void aResourceRemovedFromTheLibraryIsNotShownAndComesBackInItsPlace() {
        ResourceList list = listOfABC();
        b.remove(null, Instant.EPOCH);
        assertEquals(List.of(a, c), list.getResources());
        assertEquals(2, list.getSize());
        b.restore(Instant.EPOCH.plus(Duration.ofDays(1)));
        assertEquals(List.of(a, b, c), list.getResources());
    }

    @Test
    void movingPassesOverItemsRemovedFromTheLibrary() {
        ResourceList list = listOfABC();
        b.remove(null, Instant.EPOCH);
        list.move(c, -1);
        assertEquals(List.of(c, a), list.getResources(), "one place up among what is shown");
        list.move(c, 1);
        assertEquals(List.of(a, c), list.getResources());
    }

    @Test
    void notesAndHeadingsStandBetweenResourcesAndMoveLikeThem() {
        ResourceList list = listOfABC();
        ListEntry heading = list.addNote("  Picture books  ", true);
        ListEntry note = list.addNote("Read these aloud first", false);
        assertEquals("Picture books", heading.getText(), "written without the spaces around it");
        assertTrue(heading.isHeading());
        list.move(heading, -10);
        list.move(note, -1);
        assertEquals(List.of("Picture books", "A", "B", "Read these aloud first", "C"), labels(list));
        assertEquals(List.of(a, b, c), list.getResources(), "the resources, in order, without the notes");
        list.move(b, 1);
        assertEquals(List.of("Picture books", "A", "Read these aloud first", "B", "C"), labels(list), "a resource moves past a note");
        list.remove(note);
        assertEquals(List.of("Picture books", "A", "B", "C"), labels(list));
    }

    @Test
    void aNoteIsOneToThreeHundredCharacters() {
        ResourceList list = listOfABC();
        assertEquals("list.note.length", assertThrows(Rejected.class, () -> list.addNote("   ", false)).messageKey());
        assertEquals("list.note.length", assertThrows(Rejected.class, () -> list.addNote("x".repeat(301), true)).messageKey());
        ListEntry note = list.addNote("x".repeat(300), false);
        assertEquals("list.note.length", assertThrows(Rejected.class, () -> note.write("", true)).messageKey());
        assertEquals("x".repeat(300), note.getText(), "a refused edit changes nothing");
        assertEquals(4, list.getEntries().size());
    }

    private static List<String> labels(ResourceList list) {
        return list.getEntries().stream().map(ListEntry::getLabel).toList();
    }

    @Test
    void aRemovedResourceCanBePutBackForThirtyDays() {
        Resource removed = resource("Gone");
        removed.remove(null, Instant.EPOCH);
        assertEquals("resource.restoreTooLate", assertThrows(Rejected.class,
                () -> removed.restore(Instant.EPOCH.plus(Duration.ofDays(31)))).messageKey());
        assertTrue(removed.isRemoved(), "still removed");
        removed.restore(Instant.EPOCH.plus(Duration.ofDays(30)));
        assertFalse(removed.isRemoved());
    }
}
