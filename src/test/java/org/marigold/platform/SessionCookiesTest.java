package org.marigold.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    @Test
    void theSessionCookieIsSecureWhenTheInstanceIsServedOverHttps() {
        assertTrue(SessionCookies.servedOverHttps(Optional.of(" HTTPS://marigold.example.org")));
        assertFalse(SessionCookies.servedOverHttps(Optional.of("http://localhost:8080")), "the demo on a laptop logs in over HTTP");
        assertFalse(SessionCookies.servedOverHttps(Optional.empty()));
    }
}
