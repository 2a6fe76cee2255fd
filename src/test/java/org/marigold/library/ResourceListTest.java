package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
