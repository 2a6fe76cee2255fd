package org.marigold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void pagesPostHereOnlyUnlessADistrictsProviderSignsPeopleIn() {
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.pagePolicy(Optional.empty()));
        assertEquals(SecurityHeaders.PAGE_POLICY + " https://login.microsoftonline.com",
                SecurityHeaders.pagePolicy(Optional.of("https://login.microsoftonline.com/tenant-id/v2.0")));
        assertEquals(SecurityHeaders.PAGE_POLICY + " http://localhost:8181", SecurityHeaders.pagePolicy(Optional.of("http://localhost:8181/district")));
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.pagePolicy(Optional.of("javascript:alert(1)")), "only web origins");
    }
}
