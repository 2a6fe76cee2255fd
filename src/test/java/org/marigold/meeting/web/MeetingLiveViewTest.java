package org.marigold.meeting.web;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

/**
 * A meeting page's bean that Faces makes while rebuilding a page whose view this server no longer holds (seen under
 * load on two instances) has no meeting: the conditions that build the page say the page expired, which the error
 * handling shows as "This page had expired", instead of failing with "Something went wrong".
 */
class MeetingLiveViewTest {

    @Test
    void aPageRebuiltWithoutItsViewHasExpired() {
        MeetingLiveView rebuilt = new MeetingLiveView();
        assertThrows(ViewExpiredException.class, rebuilt::isInLobby);
        assertThrows(ViewExpiredException.class, rebuilt::isFacilitating);
        ComposerView composer = new ComposerView();
        composer.live = rebuilt;
        assertThrows(ViewExpiredException.class, composer::isComposerPossible);
    }
}
