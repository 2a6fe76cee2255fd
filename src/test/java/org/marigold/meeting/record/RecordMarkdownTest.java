package org.marigold.meeting.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecordMarkdownTest {

    @Test
    void aLinkCannotCloseItsDestinationAndOpenAnother() {
        assertEquals("https://x.example/%29%28javascript:alert%281%29%29", RecordMarkdown.destination("https://x.example/)(javascript:alert(1))"));
        assertEquals("https://x.example/a%3E%20%3Cb", RecordMarkdown.destination("https://x.example/a> <b"));
        assertEquals("https://x.example/%5Bx%5D%0A#y", RecordMarkdown.destination("https://x.example/[x]\n#y"));
    }

    @Test
    void ordinaryAddressesAreKeptAsTheyAre() {
        assertEquals("https://example.org/article?id=7&lang=fr#part-2", RecordMarkdown.destination("https://example.org/article?id=7&lang=fr#part-2"));
        assertEquals("https://fr.example/%C3%A9l%C3%A8ves", RecordMarkdown.destination("https://fr.example/élèves"));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals("", RecordMarkdown.destination("javascript:alert(1)"));
        assertEquals("", RecordMarkdown.destination(null));
    }
}
