package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertTrue(PasswordPolicy.problemWith("reading stamina in grade three", "maya@example.org").isEmpty());
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith("Sh0rt!pw", "maya@example.org"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith(null, "maya@example.org"));
    }

    @Test
    void overLongPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problemWith("x".repeat(129), null));
    }

    @Test
    void commonAndRepetitivePasswordsAreRefused() {
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problemWith("Password123", null));
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problemWith("abababababab", null));
    }

    @Test
    void thePersonsOwnEmailIsRefused() {
        assertEquals(Optional.of("password.containsEmail"), PasswordPolicy.problemWith("maya.chen@example.org", "maya.chen@example.org"));
        assertEquals(Optional.of("password.containsEmail"), PasswordPolicy.problemWith("my-maya.chen-2026", "Maya.Chen@example.org"));
    }
}
