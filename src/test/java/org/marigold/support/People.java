package org.marigold.support;

import java.util.UUID;

/** Distinct people for each test, so tests never depend on each other or on what the database held before. */
public final class People {

    public static final String PASSWORD = "a long enough passphrase";

    private People() {
    }

    /** A client address of its own (IPv6's documentation range), so that counts kept by address never meet. */
    public static String address() {
        return "2001:db8::" + UUID.randomUUID().toString().substring(0, 4) + ":" + UUID.randomUUID().toString().substring(0, 4);
    }

    public static String email(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "") + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
