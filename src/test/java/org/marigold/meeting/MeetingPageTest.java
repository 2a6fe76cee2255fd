package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingPageTest {

    private static MeetingPage page(long total, int page, int size) {
        return new MeetingPage(MeetingPage.When.PAST, List.of(), total, page, size);
    }

    @Test
    void pagesAreCountedFromTheTotalAndNoneIsStillOnePage() {
        assertEquals(1, page(0, 1, 20).pages());
        assertEquals(1, page(20, 1, 20).pages());
        assertEquals(2, page(21, 1, 20).pages());
    }

    @Test
    void onlyPagesThatExistAreOffered() {
        assertTrue(page(21, 1, 20).hasNext());
        assertFalse(page(21, 1, 20).hasPrevious());
        assertFalse(page(21, 2, 20).hasNext());
        assertTrue(page(21, 2, 20).hasPrevious());
    }
}
