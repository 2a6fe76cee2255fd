package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryBookmarksTest {

    @Test
    void titlesAndAddressesAreEscapedSoNothingTypedRunsInTheBrowser() {
        Resource sneaky = new Resource(null, ResourceKind.LINK, "<script>alert(1)</script> & more",
                new WebLink("https://example.org/?a=1&b=2'x"), "Say \"hi\"", null, Instant.ofEpochSecond(1_700_000_000));
        String html = LibraryBookmarks.write("Equity <lens>", Instant.EPOCH, List.of(sneaky), r -> null);
        assertTrue(html.startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>"));
        assertTrue(html.contains("<H3 ADD_DATE=\"0\">Equity &lt;lens&gt;</H3>"));
        assertTrue(html.contains("HREF=\"https://example.org/?a=1&amp;b=2&#39;x\" ADD_DATE=\"1700000000\""));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</A>"));
        assertFalse(html.contains("<script>"));
    }

    @Test
    void aBookWithoutALinkIsLeftOut() {
        Resource book = new Resource(null, ResourceKind.BOOK, "No link", null, new Isbn("9780807069158"), null,
                new Tags(java.util.Set.of()), null, Instant.EPOCH);
        assertFalse(LibraryBookmarks.write("Books", Instant.EPOCH, List.of(book), r -> null).contains("No link"));
    }
}
