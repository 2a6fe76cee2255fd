package org.marigold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void secretsAreRandomAndCarryTheirPrefix() {
        TokenSecret one = TokenSecret.generate("mgt_");
        TokenSecret two = TokenSecret.generate("mgt_");
        assertTrue(one.value().startsWith("mgt_"));
        assertEquals(4 + 43, one.value().length(), "32 random bytes in unpadded base64url");
        assertNotEquals(one.value(), two.value());
    }

    @Test
    void theStoredDigestIsStableAndRevealsNothingOfTheSecret() {
        TokenSecret secret = TokenSecret.generate("mgi_");
        assertEquals(secret.digest(), TokenSecret.digestOf(secret.value()));
        assertEquals(64, secret.digest().length());
        assertFalse(secret.digest().contains(secret.value().substring(4, 12)));
    }

    @Test
    void printingASecretShowsOnlyItsPrefix() {
        TokenSecret secret = TokenSecret.generate("mgt_");
        assertFalse(secret.toString().contains(secret.value()));
        assertTrue(secret.toString().startsWith(secret.prefix()));
    }
}
