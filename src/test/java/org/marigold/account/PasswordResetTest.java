package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marigold.account.PasswordReset.State;
import org.marigold.platform.TokenSecret;

class PasswordResetTest {

    private static final Instant SENT = Instant.parse("2026-03-02T18:00:00Z");
    private final Account maya = new Account("maya@example.org", "Maya Chen", "hash", ZoneOffset.UTC, Locale.ENGLISH, SENT);

    private PasswordReset link(TokenSecret secret) {
        return new PasswordReset(maya, secret, SENT);
    }

    @Test
    void aLinkWorksOnceWithinTheHour() {
        PasswordReset reset = link(TokenSecret.generate(PasswordReset.PREFIX));
        Instant later = SENT.plus(Duration.ofMinutes(59));
        assertEquals(State.USABLE, reset.stateAt(later));
        reset.use(later);
        assertEquals(State.USED, reset.stateAt(later));
        PasswordReset.Unusable second = assertThrows(PasswordReset.Unusable.class, () -> reset.use(later));
        assertEquals(State.USED, second.state());
    }

    @Test
    void aLinkExpiresAfterAnHour() {
        PasswordReset reset = link(TokenSecret.generate(PasswordReset.PREFIX));
        Instant anHourLater = SENT.plus(PasswordReset.LIFETIME);
        assertEquals(Duration.ofHours(1), PasswordReset.LIFETIME);
        assertEquals(State.EXPIRED, reset.stateAt(anHourLater));
        assertEquals(State.EXPIRED, assertThrows(PasswordReset.Unusable.class, () -> reset.use(anHourLater)).state());
    }

    @Test
    void aNewPasswordRetiresTheOtherLinks() {
        PasswordReset other = link(TokenSecret.generate(PasswordReset.PREFIX));
        other.retire(SENT.plusSeconds(60));
        assertEquals(State.USED, other.stateAt(SENT.plusSeconds(61)));
    }

    @Test
    void onlyTheDigestOfTheSecretIsKept() throws Exception {
        TokenSecret secret = TokenSecret.generate(PasswordReset.PREFIX);
        PasswordReset reset = link(secret);
        var field = PasswordReset.class.getDeclaredField("tokenHash");
        field.setAccessible(true);
        assertEquals(TokenSecret.digestOf(secret.value()), field.get(reset));
        assertNotEquals(secret.value(), field.get(reset));
    }

    @Test
    void atMostThreeLinksAnHourGoToOneAddress() {
        Instant now = SENT.plus(Duration.ofMinutes(30));
        assertTrue(PasswordReset.mayRequestAnother(List.of(SENT, SENT.plusSeconds(60)), now));
        assertFalse(PasswordReset.mayRequestAnother(List.of(SENT, SENT.plusSeconds(60), SENT.plusSeconds(120)), now));
        assertTrue(PasswordReset.mayRequestAnother(List.of(SENT, SENT.plusSeconds(60), SENT.plusSeconds(120)),
                SENT.plus(Duration.ofMinutes(61))), "the hour is a sliding one");
    }

    @Test
    void aSessionFromBeforeANewPasswordIsOver() {
        Instant loggedIn = SENT.minusSeconds(600);
        assertTrue(maya.acceptsSessionFrom(loggedIn));
        maya.changePasswordHash("new hash", SENT);
        assertFalse(maya.acceptsSessionFrom(loggedIn));
        assertTrue(maya.acceptsSessionFrom(SENT), "the session that changed it logs in again at once");
    }
}
