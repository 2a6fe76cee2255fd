package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

class PlaceTest {

    @Test
    void aCallIsAnHttpsAddressAndARoomIsAName() {
        Place place = Place.of("  https://meet.example.org/literacy-circle?pwd=x  ", " Room 204 ");
        assertEquals("https://meet.example.org/literacy-circle?pwd=x", place.getCallLink());
        assertEquals("Room 204", place.getRoom());
    }

    @Test
    void anythingButAnHttpsAddressIsRefusedAsTheCallsLink() {
        for (String link : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>x</script>",
                "http://meet.example.org/circle", "ftp://meet.example.org", "meet.example.org/circle", "https://", "https:///path",
                "https://someone@meet.example.org/", "https://meet.example.org/a b")) {
            Rejected refused = assertThrows(Rejected.class, () -> Place.of(link, null), link);
            assertEquals("callLink", refused.field(), link);
            assertEquals("meeting.place.callLink.https", refused.messageKey());
        }
    }

    @Test
    void blankPartsAreNotSaidAndAVeryLongRoomIsRefused() {
        Place nowhere = Place.of(" ", "");
        assertNull(nowhere.getCallLink());
        assertNull(nowhere.getRoom());
        assertFalse(nowhere.isSaid());
        assertEquals("room", assertThrows(Rejected.class, () -> Place.of(null, "x".repeat(Place.ROOM_MAX + 1))).field());
    }
}
