package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/**
 * Where a meeting happens: a video call, a room, both, or not said. The call's link is an https address only: it
 * becomes a link on the meeting page and in calendars, where a {@code javascript:} or plain-http address would run a
 * script or leak the call.
 */
@Embeddable
public class Place {

    public static final int LINK_MAX = 2000;
    public static final int ROOM_MAX = 200;

    @Column(name = "call_link")
    private String callLink;

    @Column(name = "room")
    private String room;

    protected Place() {
    }

    private Place(String callLink, String room) {
        this.callLink = callLink;
        this.room = room;
    }

    /** A place from what a facilitator typed; blank parts are not said. */
    public static Place of(String callLink, String room) {
        String link = Text.orNull(callLink);
        String where = Text.orNull(room);
        if (link != null && (link.length() > LINK_MAX || !isSecureWebAddress(link))) {
            throw Rejected.onField("callLink", "meeting.place.callLink.https");
        }
        if (where != null && where.length() > ROOM_MAX) {
            throw Rejected.onField("room", "meeting.place.room.tooLong", ROOM_MAX);
        }
        return new Place(link, where);
    }

    /** Nowhere said yet. */
    public static Place unsaid() {
        return new Place(null, null);
    }

    private static boolean isSecureWebAddress(String link) {
        try {
            URI address = new URI(link);
            return address.getScheme() != null && address.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && address.getHost() != null && !address.getHost().isBlank() && address.getRawUserInfo() == null;
        } catch (URISyntaxException garbled) {
            return false;
        }
    }

    public String getCallLink() {
        return callLink;
    }

    public String getRoom() {
        return room;
    }

    public boolean isSaid() {
        return callLink != null || room != null;
    }
}
