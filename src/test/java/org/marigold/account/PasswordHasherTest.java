package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The integration tests' servers hash with fewer iterations (pom.xml); what ships must not. */
class PasswordHasherTest {

    /** OWASP's figure for PBKDF2-HMAC-SHA512 (Password Storage Cheat Sheet, 2023). */
    private static final String SHIPPED = "210000";

    @Test
    void theShippedConfigurationHashesWithOwaspsIterationCount() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }
        assertEquals(SHIPPED, shipped.getProperty("marigold.password.iterations"));
    }

    @Test
    void withoutAnyConfigurationTheCountIsTheSame() throws NoSuchFieldException {
        ConfigProperty property = PasswordHasher.class.getDeclaredField("iterations").getAnnotation(ConfigProperty.class);
        assertEquals(SHIPPED, property.defaultValue());
    }
}
