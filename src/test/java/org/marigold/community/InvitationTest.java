package org.marigold.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.marigold.platform.TokenSecret;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    private final Community community = new Community(new Slug("literacy"), "Literacy", null, Visibility.PRIVATE, ZoneOffset.UTC, NOW);

    private Invitation invitation(Duration validFor, Integer maxUses) {
        return new Invitation(community, Role.MEMBER, TokenSecret.generate("mgi_"), null, null, NOW, NOW.plus(validFor), maxUses);
    }

    @Test
    void anInvitationIsOpenUntilItExpires() {
        Invitation invitation = invitation(Duration.ofDays(7), null);
        assertEquals(Invitation.State.OPEN, invitation.stateAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertEquals(Invitation.State.EXPIRED, invitation.stateAt(NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void aLimitedInvitationIsUsedUpAfterItsLastUse() {
        Invitation invitation = invitation(Duration.ofDays(7), 2);
        invitation.use(NOW);
        assertEquals(Invitation.State.OPEN, invitation.stateAt(NOW));
        invitation.use(NOW);
        assertEquals(Invitation.State.USED_UP, invitation.stateAt(NOW));
        assertThrows(IllegalStateException.class, () -> invitation.use(NOW));
    }

    @Test
    void aRevokedInvitationCannotBeUsed() {
        Invitation invitation = invitation(Duration.ofDays(7), null);
        invitation.revoke(NOW);
        assertEquals(Invitation.State.REVOKED, invitation.stateAt(NOW));
        assertThrows(IllegalStateException.class, () -> invitation.use(NOW));
    }

    @Test
    void anInvitationMustExpireInTheFutureAndAllowAUse() {
        assertThrows(IllegalArgumentException.class, () -> invitation(Duration.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> invitation(Duration.ofDays(1), 0));
    }
}
