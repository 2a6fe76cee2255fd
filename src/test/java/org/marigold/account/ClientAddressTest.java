package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("127.0.0.1");

    @Test
    void withoutATrustedProxyTheConnectionIsTheClient() {
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.1", PROXY), "anyone may write the header");
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", null, PROXY));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "203.0.113.1", Set.of()), "no proxy is trusted by default");
    }

    @Test
    void behindATrustedProxyTheLastAddressItWroteIsTheClient() {
        assertEquals("203.0.113.1", ClientAddress.of("127.0.0.1", "203.0.113.1", PROXY));
        assertEquals("203.0.113.1", ClientAddress.of("127.0.0.1", "6.6.6.6, 203.0.113.1", PROXY),
                "what the client wrote itself, before the proxy's entry, is not believed");
        assertEquals("203.0.113.1", ClientAddress.of("127.0.0.1", "203.0.113.1, 127.0.0.1", PROXY), "proxies in a chain are walked past");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " , ", PROXY));
    }
}
