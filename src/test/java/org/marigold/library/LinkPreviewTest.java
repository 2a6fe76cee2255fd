package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a page says about itself, read from saved pages. */
class LinkPreviewTest {

    private static final URI PAGE = URI.create("https://www.example.org/books/survive?ref=1");

    private static byte[] page(String name) throws IOException {
        try (InputStream in = LinkPreviewTest.class.getResourceAsStream("/previews/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void openGraphTagsWinOverTheTitleAndDescription() throws IOException {
        LinkPreview preview = LinkPreview.read(page("opengraph.html"), null, PAGE);
        assertEquals("We Want to Do More Than Survive — Bettina Love", preview.title(), "spaces and line breaks folded");
        assertEquals("Abolitionist teaching & the pursuit of educational freedom.", preview.description());
        assertEquals("https://www.example.org/images/cover.jpg", preview.image(), "a relative image is made absolute");
    }

    @Test
    void withoutOpenGraphThePagesTitleAndDescriptionServeAndOnlyWebImagesAreKept() throws IOException {
        LinkPreview preview = LinkPreview.read(page("plain.html"), null, PAGE);
        assertEquals("Pear Deck for Google Slides", preview.title());
        assertEquals("Interactive slides for every student.", preview.description(), "meta names are read whatever their case");
        assertNull(preview.image(), "a javascript: address is no image");
    }

    @Test
    void aPageInWindows1252ReadsAsItDeclaresOrAsItsAnswerSays() throws IOException {
        assertEquals("École été : stratégies", LinkPreview.read(page("windows-1252.html"), null, PAGE).title());
        assertEquals("École été : stratégies", LinkPreview.read(page("windows-1252.html"), "windows-1252", PAGE).title());
        assertEquals("https://cdn.example.org/t.png", LinkPreview.read(page("windows-1252.html"), null, PAGE).image(), "a Twitter card's image");
    }

    @Test
    void aLongTitleIsShortenedToWhatAResourceHoldsAndNothingReadableIsEmpty() {
        String html = "<title>" + "a".repeat(Resource.TITLE_MAX + 50) + "</title>";
        LinkPreview preview = LinkPreview.read(html.getBytes(StandardCharsets.UTF_8), "utf-8", PAGE);
        assertEquals(Resource.TITLE_MAX, preview.title().length());
        assertTrue(preview.title().endsWith("…"));
        assertTrue(LinkPreview.read("<p>No head at all</p>".getBytes(StandardCharsets.UTF_8), null, PAGE).isEmpty());
        assertTrue(LinkPreview.read(new byte[] {1, 2, 3}, "no-such-charset", PAGE).isEmpty());
    }
}
