package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebLinkTest {

    @Test
    void httpAndHttpsLinksAreAccepted() {
        assertTrue(WebLink.isAcceptable("https://www.schoolreforminitiative.org/download/consultancy/"));
        assertTrue(WebLink.isAcceptable("HTTP://example.org/a?b=c#d"));
        assertEquals("https://example.org", new WebLink("  https://example.org  ").value());
    }

    @Test
    void scriptDataAndOtherSchemesAreRefused() {
        assertFalse(WebLink.isAcceptable("javascript:alert(1)"));
        assertFalse(WebLink.isAcceptable("data:text/html;base64,PHNjcmlwdD4="));
        assertFalse(WebLink.isAcceptable("file:///etc/passwd"));
        assertFalse(WebLink.isAcceptable("ftp://example.org/x"));
        assertThrows(IllegalArgumentException.class, () -> new WebLink("javascript:alert(1)"));
    }

    @Test
    void relativeEmptyAndOverLongLinksAreRefused() {
        assertFalse(WebLink.isAcceptable("/just/a/path"));
        assertFalse(WebLink.isAcceptable("https://"));
        assertFalse(WebLink.isAcceptable(" "));
        assertFalse(WebLink.isAcceptable(null));
        assertFalse(WebLink.isAcceptable("https://example.org/" + "a".repeat(WebLink.MAX_LENGTH)));
    }
}
