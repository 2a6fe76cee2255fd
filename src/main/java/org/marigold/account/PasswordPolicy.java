package org.marigold.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: long enough to resist guessing, not one of the passwords
 * everybody tries first, and not the person's own e-mail. Length beats composition rules (NIST 800-63B).
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "1234567890",
            "12345678910", "0123456789", "qwertyuiop", "qwerty1234", "iloveyou12", "letmein123",
            "welcome123", "teacher123", "abc1234567", "aaaaaaaaaa", "1111111111", "passw0rd123",
            "administrator", "changeme123", "football12", "baseball12", "sunshine12", "princess12",
            "marigold123", "marigold1234", "classroom1", "education1", "school1234");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.tooCommon");
        }
        if (email != null && !email.isBlank()) {
            String mail = email.strip().toLowerCase(Locale.ROOT);
            String localPart = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || (localPart.length() >= 4 && lower.contains(localPart))) {
                return Optional.of("password.containsEmail");
            }
        }
        return Optional.empty();
    }
}
