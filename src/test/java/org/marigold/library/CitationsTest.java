package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationsTest {

    @Test
    void addressesInARecommendationAreFoundWithoutTheSentencesPunctuation() {
        Citations found = Citations.in("Try book clubs (https://example.org/book-clubs). Also see https://www.ascd.org/x?a=1, it helps!");
        assertEquals(Set.of("https://example.org/book-clubs", "https://www.ascd.org/x?a=1"), found.links());
        assertTrue(found.resourceIds().isEmpty());
    }

    @Test
    void aLinkToAResourcesPageNamesThatResource() {
        Citations found = Citations.in("As in https://marigold.example/library/resource.xhtml?r=1234 and "
                + "http://localhost:8080/library/resource.xhtml?x=1&r=77#uses");
        assertEquals(Set.of(1234L, 77L), found.resourceIds());
        assertTrue(found.links().isEmpty());
    }

    @Test
    void textWithoutAddressesCitesNothing() {
        assertTrue(Citations.in("Give them more time to read.").isEmpty());
        assertTrue(Citations.in(null).isEmpty());
        assertTrue(Citations.in("javascript:alert(1) and ftp://x.org").isEmpty());
    }
}
