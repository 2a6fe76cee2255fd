package org.marigold.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret handed to a person once (API token, invitation link). Secrets carry 256 random bits,
 * so a plain SHA-256 digest is enough to store them: there is nothing to brute-force.
 */
public record TokenSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static TokenSecret generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String digest() {
        return digestOf(value);
    }

    /** The first characters, enough for a person to tell their tokens apart. */
    public String prefix() {
        return value.substring(0, Math.min(10, value.length()));
    }

    public static String digestOf(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
